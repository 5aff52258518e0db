package cn.suzhou.shuanglian.evaluation;

import static cn.suzhou.shuanglian.evaluation.EvaluationSchemeContract.*;

import cn.suzhou.shuanglian.district.District;
import cn.suzhou.shuanglian.district.Districts;
import cn.suzhou.shuanglian.evaluation.EvaluationSchemeRules.Checked;
import cn.suzhou.shuanglian.evaluation.EvaluationSchemeRules.SchemeInput;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.platform.process.CaseReaders;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.ProcessRuleConflict;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.web.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * P-18: checks a district's evaluation scheme when it is submitted (核验考核评价制度) — the weights
 * add up to 100, the grade lines descend, the service units it was set with are named (see
 * {@link EvaluationSchemeRules}) — and that the submitter acts for the district and the district
 * has no other scheme being decided. Every problem is refused at once, field by field, and the
 * start rolls back. On success the scheme is written (submitted to the city bureau).
 *
 * <p>The district is the starter's, from their authentication: their one {@code district-*} group;
 * a city official (or a member of several district groups) names it over REST in
 * {@link EvaluationSchemeContract#DISTRICT_CODE}, which is refused unless the authentication allows
 * it. The scheme is linked to the case by its process instance id; later steps find it, and its
 * district, there.
 */
@Component("checkSchemeWeights")
public class CheckSchemeWeights implements JavaDelegate {

  private final EvaluationSchemeRules rules;
  private final EvaluationSchemeService schemes;
  private final Districts districts;
  private final Messages messages;
  private final CaseReaders caseReaders;

  public CheckSchemeWeights(EvaluationSchemeRules rules, EvaluationSchemeService schemes,
      Districts districts, Messages messages, CaseReaders caseReaders) {
    this.rules = rules;
    this.schemes = schemes;
    this.districts = districts;
    this.messages = messages;
    this.caseReaders = caseReaders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Problem> problems = new ArrayList<>();
    District district = resolveDistrict(execution, problems);
    Checked checked = rules.check(SchemeInput.of(execution));
    problems.addAll(checked.problems());
    Optional<EvaluationScheme> open = Optional.empty();
    if (district != null) {
      // queue behind another submission of the same district until it commits
      schemes.lockDistrict(district.getCode());
      open = schemes.openScheme(district.getCode(), CheckSchemeWeights::caseRunning);
      open.ifPresent(scheme -> problems.add(new Problem(DISTRICT_CODE.name(), messages.get("scheme.open",
          district.getName(), scheme.getId(), messages.get("scheme.status." + scheme.getStatus())))));
    }
    if (!problems.isEmpty()) {
      boolean onlyOpenScheme = problems.size() == 1 && open.isPresent();
      throw onlyOpenScheme ? new ProcessRuleConflict(problems) : new ProcessRuleViolation(problems);
    }

    String userId = ProcessActors.currentUserId(execution.getProcessEngineServices(), "system");
    long number = schemes.countOf(district.getCode()) + 1;
    EvaluationScheme scheme = schemes.submit(district, checked.content(), userId, execution.getProcessInstanceId());
    SchemeMirror.write(execution, scheme, schemes.inForceSummary(scheme), schemes.reviewDueDate());
    APPLICANT_NAME.set(execution, applicantName(execution, userId));
    CASE_TITLE.set(execution, "考核评价制度报审：" + district.getName() + "（第 " + number + " 次）");
    execution.setProcessBusinessKey("scheme-" + district.getCode() + "-" + number);
    caseReaders.grant(execution.getProcessInstanceId(), district.groupId());
  }

  /** The district the starter submits for, or null with the problem recorded. */
  private District resolveDistrict(DelegateExecution execution, List<Problem> problems) {
    Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    List<String> groups = auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    boolean city = groups.contains(Groups.CITY) || groups.contains(Groups.ADMIN);
    Set<String> own = groups.stream().flatMap(g -> Groups.districtCodeOf(g).stream()).collect(Collectors.toSet());
    String requested = DISTRICT_CODE.from(execution);

    String code;
    if (requested != null) {
      code = requested;
    } else if (own.size() == 1) {
      code = own.iterator().next();
    } else {
      String key = city ? "scheme.district.cityMustName"
          : own.isEmpty() ? "scheme.district.none" : "scheme.district.ambiguous";
      problems.add(new Problem(DISTRICT_CODE.name(), messages.get(key, String.join("、", own))));
      return null;
    }
    Optional<District> district = districts.findById(code).filter(District::isActive);
    if (district.isEmpty()) {
      problems.add(new Problem(DISTRICT_CODE.name(), messages.get("scheme.district.unknown", code)));
      return null;
    }
    if (!city && !own.contains(code)) {
      problems.add(new Problem(DISTRICT_CODE.name(), messages.get("scheme.district.notYours", district.get().getName())));
      return null;
    }
    return district.get();
  }

  /** Whether the case of a scheme still runs; read without the submitter's authorizations. */
  private static boolean caseRunning(String processInstanceId) {
    CommandContext context = Context.getCommandContext();
    return context.getExecutionManager().findExecutionById(processInstanceId) != null;
  }

  private static String applicantName(DelegateExecution execution, String userId) {
    User user = execution.getProcessEngineServices().getIdentityService().createUserQuery().userId(userId)
        .singleResult();
    if (user == null) {
      return userId;
    }
    String name = (user.getLastName() == null ? "" : user.getLastName()) + (user.getFirstName() == null ? "" : user.getFirstName());
    return name.isBlank() ? userId : name;
  }
}
