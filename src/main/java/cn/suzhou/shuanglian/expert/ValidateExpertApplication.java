package cn.suzhou.shuanglian.expert;

import static cn.suzhou.shuanglian.expert.ExpertApplicationVariables.*;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.commissioner.CommissionerRepository;
import cn.suzhou.shuanglian.industry.IndustryGroup;
import cn.suzhou.shuanglian.industry.IndustryGroupRepository;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.platform.validation.ChineseIdentifiers;
import cn.suzhou.shuanglian.platform.web.Messages;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-20: checks an application to the Suzhou S&T expert database before it reaches the city bureau
 * — the applicant is in the commissioner information database (and applies for themself, unless a
 * city official files on their behalf), the resident ID is valid and matches the database, the
 * phone is a mobile number, the title, expertise and review fields are given, consent is declared,
 * and the person is neither a member already nor waiting on another application. Every problem is
 * reported at once, field by field; nothing is kept when one is found.
 */
@Component("validateExpertApplication")
public class ValidateExpertApplication implements JavaDelegate {

  private final CommissionerRepository commissioners;
  private final IndustryGroupRepository industryGroups;
  private final ExpertMembershipRepository memberships;
  private final Messages messages;
  private final Clock clock;

  public ValidateExpertApplication(CommissionerRepository commissioners, IndustryGroupRepository industryGroups,
      ExpertMembershipRepository memberships, Messages messages, Optional<Clock> clock) {
    this.commissioners = commissioners;
    this.industryGroups = industryGroups;
    this.memberships = memberships;
    this.messages = messages;
    this.clock = clock.orElse(Clock.systemDefaultZone());
  }

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    List<Problem> problems = new ArrayList<>();

    Commissioner commissioner = resolveApplicant(execution, in, problems);

    String residentId = in.text(RESIDENT_ID);
    if (residentId == null) {
      problems.add(required(RESIDENT_ID));
    } else if (!ChineseIdentifiers.isResidentIdNumber(residentId)) {
      problems.add(problem(RESIDENT_ID, "expert.application.residentId.invalid"));
    } else if (commissioner != null && !residentId.equals(commissioner.getResidentId())) {
      problems.add(problem(RESIDENT_ID, "expert.application.residentId.mismatch"));
    }

    String phone = in.text(PHONE);
    if (phone == null) {
      problems.add(required(PHONE));
    } else if (!ChineseIdentifiers.isMobilePhone(phone)) {
      problems.add(problem(PHONE, "shuanglian.validation.mobile"));
    }

    checkText(in, TITLE, 64, problems);
    checkText(in, EXPERTISE, 500, problems);
    String achievements = in.text(ACHIEVEMENTS);
    if (achievements != null && achievements.length() > 2000) {
      problems.add(problem(ACHIEVEMENTS, "expert.application.tooLong", messages.get("expert.field." + ACHIEVEMENTS), 2000));
    }

    Map<String, IndustryGroup> groups = industryGroups.findAll().stream()
        .collect(Collectors.toMap(IndustryGroup::getCode, Function.identity()));
    List<String> fields = in.list(REVIEW_FIELDS);
    List<String> unknown = fields.stream().filter(code -> !groups.containsKey(code)).toList();
    if (fields.isEmpty()) {
      problems.add(required(REVIEW_FIELDS));
    } else if (!unknown.isEmpty()) {
      problems.add(problem(REVIEW_FIELDS, "expert.application.reviewFields.unknown", String.join(", ", unknown)));
    }

    if (!in.isTrue(CONSENT)) {
      problems.add(problem(CONSENT, "expert.application.consent.required"));
    }

    if (commissioner != null) {
      memberships.findByCommissionerId(commissioner.getId()).ifPresent(existing ->
          problems.add(problem(COMMISSIONER_ID, "expert.application.alreadyMember", commissioner.getName())));
      RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
      boolean pending = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
          .variableValueEquals(COMMISSIONER_ID, commissioner.getId()).list().stream()
          .anyMatch(other -> !other.getId().equals(execution.getProcessInstanceId()));
      if (pending) {
        problems.add(problem(COMMISSIONER_ID, "expert.application.pending", commissioner.getName()));
      }
    }

    if (!problems.isEmpty()) {
      throw new ProcessRuleViolation(problems);
    }

    String applicantUserId = commissioner.getUserId() != null ? commissioner.getUserId() : in.text(INITIATOR);
    execution.setVariable(COMMISSIONER_ID, commissioner.getId());
    execution.setVariable(RESIDENT_ID, residentId);
    execution.setVariable(PHONE, phone);
    execution.setVariable(REVIEW_FIELDS, String.join(",", fields));
    execution.setVariable(APPLICANT_USER_ID, applicantUserId);
    execution.setVariable(APPLICANT_NAME, commissioner.getName());
    execution.setVariable(SOURCE_UNIT_NAME, commissioner.getSourceUnit().getName());
    execution.setVariable(REVIEW_FIELDS_TEXT,
        fields.stream().map(code -> groups.get(code).getName()).collect(Collectors.joining("、")));
    execution.setVariable(CASE_TITLE,
        "专家库入库申请：" + commissioner.getName() + "（" + commissioner.getSourceUnit().getName() + "）");
    execution.setProcessBusinessKey("EXP-" + Year.now(clock) + "-" + commissioner.getId());
  }

  /**
   * The commissioner applying: the one named by {@code commissionerId} (a city official filing on
   * someone's behalf, or the person themself), else the one whose login started the process.
   */
  private Commissioner resolveApplicant(DelegateExecution execution, VariableReader in, List<Problem> problems) {
    String initiator = in.text(INITIATOR);
    Long requestedId;
    try {
      requestedId = in.number(COMMISSIONER_ID);
    } catch (NumberFormatException e) {
      problems.add(problem(COMMISSIONER_ID, "expert.application.commissioner.notANumber", in.text(COMMISSIONER_ID)));
      return null;
    }
    if (requestedId == null) {
      Optional<Commissioner> own = initiator == null ? Optional.empty() : commissioners.findByUserId(initiator);
      if (own.isEmpty()) {
        problems.add(problem(COMMISSIONER_ID, "expert.application.commissioner.notInDatabase", initiator));
        return null;
      }
      return own.get();
    }
    Optional<Commissioner> named = commissioners.findWithDetailsById(requestedId);
    if (named.isEmpty()) {
      problems.add(problem(COMMISSIONER_ID, "expert.application.commissioner.unknown", requestedId));
      return null;
    }
    boolean self = initiator != null && initiator.equals(named.get().getUserId());
    if (!self && !ProcessActors.callerIsCity(execution.getProcessEngineServices())) {
      problems.add(problem(COMMISSIONER_ID, "expert.application.commissioner.notSelf"));
      return null;
    }
    return named.get();
  }

  private void checkText(VariableReader in, String field, int max, List<Problem> problems) {
    String value = in.text(field);
    if (value == null) {
      problems.add(required(field));
    } else if (value.length() > max) {
      problems.add(problem(field, "expert.application.tooLong", messages.get("expert.field." + field), max));
    }
  }

  private Problem required(String field) {
    return problem(field, "expert.application.required", messages.get("expert.field." + field));
  }

  private Problem problem(String field, String key, Object... args) {
    return new Problem(field, messages.get(key, args));
  }
}
