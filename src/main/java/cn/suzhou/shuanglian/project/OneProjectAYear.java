package cn.suzhou.shuanglian.project;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.web.Messages;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * P-19: each commissioner and each enterprise may file at most one joint project a year. The rule is
 * checked before an application is written, naming the earlier application, while the filing holds
 * its turn ({@link ProjectNumbers#takeTurn}): a filing that waited for another sees the other's
 * application once it is committed. The unique keys of V6 ({@code uk_project_commissioner_year},
 * {@code uk_project_enterprise_year}) hold the rule for any writer that did not take its turn; such a
 * loser is refused with {@link #race}, without reading anything more (its transaction has failed).
 */
@Component
public class OneProjectAYear {

  private final ProjectApplicationRepository applications;
  private final Messages messages;

  public OneProjectAYear(ProjectApplicationRepository applications, Messages messages) {
    this.applications = applications;
    this.messages = messages;
  }

  /** The problems with filing for this commissioner and enterprise in the year: the places already taken. */
  public List<Problem> placesTaken(Commissioner commissioner, Enterprise enterprise, int year,
      String commissionerField, String enterpriseField) {
    List<Problem> problems = new ArrayList<>();
    if (commissioner != null) {
      applications.findByCommissionerSlotAndApplicationYear(commissioner.getId(), year)
          .ifPresent(earlier -> problems.add(new Problem(commissionerField, messages.get("project.year.commissionerTaken",
              commissioner.getName(), String.valueOf(year), earlier.getTitle(), earlier.applicationNo(), status(earlier)))));
    }
    if (enterprise != null) {
      applications.findByEnterpriseSlotAndApplicationYear(enterprise.getId(), year)
          .ifPresent(earlier -> problems.add(new Problem(enterpriseField, messages.get("project.year.enterpriseTaken",
              enterprise.getName(), String.valueOf(year), earlier.getTitle(), earlier.applicationNo(), status(earlier),
              earlier.getCommissioner().getName()))));
    }
    return problems;
  }

  /** The earlier application's status in the caller's language. */
  private String status(ProjectApplication earlier) {
    return messages.get("project.status." + earlier.getStatus().name());
  }

  /** The database refused a second holder of a place (a writer that did not take its turn). */
  public List<Problem> race(Commissioner commissioner, Enterprise enterprise, int year, String commissionerField) {
    return List.of(new Problem(commissionerField, messages.get("project.year.race", commissioner.getName(),
        enterprise.getName(), String.valueOf(year))));
  }
}
