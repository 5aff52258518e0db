package cn.suzhou.shuanglian.project;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.web.Messages;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * P-19: each commissioner and each enterprise may file at most one joint project a year. The rule is
 * checked before an application is written, naming the earlier application; the unique keys of
 * V6 make it hold when two filings race past that check, and {@link #afterRace} names the
 * application that won, read in a transaction of its own (the losing one is rolled back).
 */
@Component
public class OneProjectAYear {

  private final ProjectApplicationRepository applications;
  private final Messages messages;
  private final TransactionTemplate separateReadOnly;

  public OneProjectAYear(ProjectApplicationRepository applications, Messages messages,
      PlatformTransactionManager transactionManager) {
    this.applications = applications;
    this.messages = messages;
    this.separateReadOnly = new TransactionTemplate(transactionManager);
    separateReadOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    separateReadOnly.setReadOnly(true);
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

  /**
   * After the database refused a second holder of a place: the problems naming the application
   * that holds it, read outside the refused transaction; a generic "filed at this very moment"
   * problem when the winner is not committed yet.
   */
  public List<Problem> afterRace(Commissioner commissioner, Enterprise enterprise, int year, String commissionerField,
      String enterpriseField) {
    List<Problem> problems = separateReadOnly.execute(
        status -> placesTaken(commissioner, enterprise, year, commissionerField, enterpriseField));
    if (problems.isEmpty()) {
      return List.of(new Problem(commissionerField, messages.get("project.year.race", commissioner.getName(),
          enterprise.getName(), String.valueOf(year))));
    }
    return problems;
  }
}
