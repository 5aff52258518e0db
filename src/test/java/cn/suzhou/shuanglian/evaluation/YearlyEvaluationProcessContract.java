package cn.suzhou.shuanglian.evaluation;

import static cn.suzhou.shuanglian.evaluation.YearlyEvaluationContract.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suzhou.shuanglian.agreement.Agreement;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.DispatchRepository;
import cn.suzhou.shuanglian.dispatch.DispatchService;
import cn.suzhou.shuanglian.dispatch.DispatchStatus;
import cn.suzhou.shuanglian.district.DistrictRepository;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.enterprise.EnterpriseRepository;
import cn.suzhou.shuanglian.enterprise.EnterpriseScale;
import cn.suzhou.shuanglian.industry.IndustryGroupRepository;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import cn.suzhou.shuanglian.support.DispatchFixtures;
import cn.suzhou.shuanglian.support.RoundDriver;
import cn.suzhou.shuanglian.support.TestData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/**
 * yearlyEvaluation (P-18) started by a running dispatch at its anniversary, with the real delegates,
 * DMN and database: the case's evaluation, district, raters and grade come from the domain — values
 * planted in the case's variables (what someone holding a task could send without the trust
 * boundary) move neither the scoring to another district, nor a rating to another enterprise, nor
 * the grade the dispatch receives — and the commissioner never scores, approves or rates their own
 * evaluation. On H2 and MariaDB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
    properties = "camunda.bpm.job-execution.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class YearlyEvaluationProcessContract {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final String SUMMARY_TEXT = "本年度走访企业十余家，挖掘技术需求并组织产学研对接活动两次。";

  @Autowired ApplicationContext context;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired DispatchService dispatchService;
  @Autowired DispatchRepository dispatches;
  @Autowired EvaluationRepository evaluations;
  @Autowired EnterpriseRatingRepository ratings;
  @Autowired EvaluationSchemeRepository schemes;
  @Autowired DistrictRepository districts;
  @Autowired EnterpriseRepository enterprises;
  @Autowired IndustryGroupRepository industryGroups;
  @Autowired YearlyEvaluationContract contract;

  TestData data;
  RoundDriver drive;
  DispatchFixtures fixtures;

  @BeforeEach
  void setUp() {
    data = new TestData(context);
    drive = new RoundDriver(context, data);
    fixtures = new DispatchFixtures(context, data);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  // ---- fixtures

  /** The district's scheme in force (25 each; 优秀 90, 合格 75, 基本合格 60), approved now if it has none. */
  void schemeInForce(String districtCode) {
    if (schemes.findByInForceDistrict(districtCode).isEmpty()) {
      EvaluationScheme s = new EvaluationScheme(districts.findById(districtCode).orElseThrow(), "fixture",
          Instant.now(), null);
      s.define(25, 25, 25, 25, new BigDecimal("90"), new BigDecimal("75"), new BigDecimal("60"),
          "宿州测试服务单位 3 家", null, "fixture", Instant.now());
      s.approve("fixture", null, Instant.now());
      schemes.save(s);
    }
  }

  void noSchemeIn(String districtCode) {
    schemes.findByInForceDistrict(districtCode).ifPresent(s -> {
      s.supersede();
      schemes.saveAndFlush(s);
    });
  }

  /** An enterprise of the district without a login: its district rates on its behalf. */
  Enterprise enterpriseWithoutLogin(String districtCode) {
    String code = data.creditCode();
    return enterprises.save(new Enterprise(code, "宿州无账号企业" + code, districts.findById(districtCode).orElseThrow(),
        industryGroups.getReferenceById("NEW_MATERIALS"), EnterpriseScale.SMALL, null, "联系人", "13955700001"));
  }

  /** A fresh commissioner's running dispatch in the district from today, serving the enterprises. */
  Dispatch runningDispatch(String districtCode, Enterprise... served) {
    Agreement agreement = fixtures.signedAgreement(data.commissioner(data.sourceUnit()), districtCode,
        LocalDate.now(ZONE));
    Set<Long> ids = new LinkedHashSet<>();
    for (Enterprise e : served) {
      ids.add(e.getId());
    }
    return dispatchService.start(agreement.getId(), ids);
  }

  /** Moves the engine clock to the dispatch's first anniversary and runs its jobs: the evaluation opens. */
  ProcessInstance firstAnniversary(Dispatch d) {
    ClockUtil.setCurrentTime(Date.from(d.getTermStart().plusYears(1).atStartOfDay(ZONE).plusHours(1).toInstant()));
    for (int round = 0; round < 50; round++) {
      List<Job> due = managementService.createJobQuery().executable().list().stream()
          .filter(job -> caseTree(d.getProcessInstanceId()).contains(job.getProcessInstanceId())).toList();
      if (due.isEmpty()) {
        break;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
    ProcessInstance evaluation = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(d.getProcessInstanceId()).processDefinitionKey(PROCESS_KEY).singleResult();
    assertThat(evaluation).as("evaluation case").isNotNull();
    return evaluation;
  }

  Set<String> caseTree(String rootInstanceId) {
    Set<String> ids = new HashSet<>(List.of(rootInstanceId));
    Deque<String> open = new ArrayDeque<>(ids);
    while (!open.isEmpty()) {
      for (ProcessInstance child : runtimeService.createProcessInstanceQuery().superProcessInstanceId(open.pop()).list()) {
        if (ids.add(child.getId())) {
          open.push(child.getId());
        }
      }
    }
    return ids;
  }

  // ---- engine helpers

  List<Task> tasks(String processInstanceId, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list();
  }

  Task task(String processInstanceId, String taskKey) {
    List<Task> open = tasks(processInstanceId, taskKey);
    assertThat(open).as("open task %s", taskKey).hasSize(1);
    return open.get(0);
  }

  Set<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).collect(Collectors.toSet());
  }

  void complete(Task task, String user, VariableMap variables) {
    drive.complete(task, user, variables);
  }

  /** What someone with the engine's variable endpoints could write into the case (refused by the trust boundary). */
  <T> void plant(String executionId, Var<T> variable, Object value) {
    runtimeService.setVariable(executionId, variable.name(), value);
  }

  static ProcessRuleViolation violation(Throwable thrown) {
    return ProcessRuleViolation.findIn(thrown).orElseThrow(() -> new AssertionError("no rule violation", thrown));
  }

  static VariableMap scores(String value) {
    VariableMap scores = SCORE_ORIENTATION.map(new BigDecimal(value));
    SCORE_INITIATIVE.in(scores, new BigDecimal(value));
    SCORE_SATISFACTION.in(scores, new BigDecimal(value));
    return SCORE_RESULTS.in(scores, new BigDecimal(value));
  }

  // ---- the process

  @Test
  @Tag("P-18") @Tag("P-14")
  @DisplayName("P-18 the case's district, evaluation, raters and grade are the domain's: a district, evaluation, enterprise or grade planted in the variables changes nothing")
  void contextComesFromTheDomain() {
    String code = "341302";
    schemeInForce(code);
    schemeInForce("341321");
    Enterprise withLogin = fixtures.enterprise(code);
    Enterprise withoutLogin = enterpriseWithoutLogin(code);
    Dispatch d = runningDispatch(code, withLogin, withoutLogin);
    String commissioner = d.getCommissioner().getUserId();
    String official = data.districtOfficial(code);
    String elsewhere = data.districtOfficial("341321");
    ProcessInstance evaluation = firstAnniversary(d);
    String pi = evaluation.getId();
    Evaluation row = evaluations.findByProcessInstanceId(pi).orElseThrow();
    assertThat(row.getDispatch().getId()).isEqualTo(d.getId());
    assertThat(row.getServiceYear()).isEqualTo(1);
    assertThat(runtimeService.getVariable(pi, DISTRICT_CODE.name())).as("mirrored for Tasklist").isEqualTo(code);

    // the seen attack: the commissioner sends another district with her summary; a decoy evaluation is planted too
    Task summary = task(pi, SUMMARY_TASK);
    assertThat(summary.getAssignee()).isEqualTo(commissioner);
    complete(summary, commissioner, DISTRICT_CODE.in(WORK_SUMMARY.map(SUMMARY_TEXT), "341321"));
    plant(pi, EVALUATION_ID, row.getId() + 100_000);
    plant(pi, DISPATCH_ID, d.getId() + 100_000);
    assertThat(evaluations.findById(row.getId()).orElseThrow().getCommissionerSummary()).isEqualTo(SUMMARY_TEXT);

    // one satisfaction task per enterprise: the contact's own, the district's for the one without a login
    List<Task> ratingTasks = tasks(pi, RATING_TASK);
    assertThat(ratingTasks).hasSize(2);
    Task contactsTask = ratingTasks.stream().filter(t -> withLogin.getContactUserId().equals(t.getAssignee()))
        .findFirst().orElseThrow();
    Task districtsTask = ratingTasks.stream().filter(t -> t.getAssignee() == null).findFirst().orElseThrow();
    assertThat(candidateGroups(districtsTask)).containsExactly(Groups.district(code));
    assertThat(candidateGroups(contactsTask)).isEmpty();
    assertThat(contract.excludedWorkers(pi, RATING_TASK)).containsExactly(commissioner);
    assertThat(contract.excludedWorkers(pi, SUMMARY_TASK)).isEmpty();

    // a rating task told it asks the other enterprise still rates its own
    runtimeService.setVariableLocal(contactsTask.getExecutionId(), ENTERPRISE_ID.name(), withoutLogin.getId());
    complete(contactsTask, withLogin.getContactUserId(), RATING_COMMENT.in(SATISFACTION_SCORE.map(BigDecimal.valueOf(92)),
        "服务认真"));
    // the commissioner, were she in the district's group, may not rate herself on the enterprise's behalf
    identityService.createMembership(commissioner, Groups.district(code));
    assertThatThrownBy(() -> complete(districtsTask, commissioner, SATISFACTION_SCORE.map(BigDecimal.valueOf(100))))
        .satisfies(e -> assertThat(violation(e).getMessage()).contains("专员不得参与本人年度考核"));
    taskService.setAssignee(districtsTask.getId(), null);   // her claim went through; the district takes it back
    complete(districtsTask, official, SATISFACTION_SCORE.map(BigDecimal.valueOf(70)));
    Map<Long, Integer> given = ratings.findByEvaluationIdOrderById(row.getId()).stream()
        .collect(Collectors.toMap(r -> r.getEnterprise().getId(), EnterpriseRating::getScore));
    assertThat(given).containsOnly(Map.entry(withLogin.getId(), 92), Map.entry(withoutLogin.getId(), 70));

    // the scoring is the dispatch's district's, whatever districtCode says; never the commissioner's
    Task scoring = task(pi, SCORING_TASK);
    assertThat(runtimeService.getVariable(pi, DISTRICT_CODE.name())).isEqualTo("341321");
    assertThat(candidateGroups(scoring)).containsExactly(Groups.district(code));
    assertThatThrownBy(() -> complete(scoring, elsewhere, scores("95"))).as("another district")
        .isInstanceOf(AuthorizationException.class);
    assertThat(contract.excludedWorkers(pi, SCORING_TASK)).containsExactly(commissioner);
    assertThatThrownBy(() -> complete(scoring, commissioner, scores("95")))
        .satisfies(e -> assertThat(violation(e).getMessage()).contains("专员不得参与本人年度考核"));
    taskService.setAssignee(scoring.getId(), null);
    complete(scoring, official, scores("95"));
    Evaluation scored = evaluations.findById(row.getId()).orElseThrow();
    assertThat(scored.getWeightedScore()).isEqualByComparingTo("95");
    assertThat(scored.getGrade()).as("no confirmed service this year: capped (P-15)").isEqualTo(Grade.BASIC);
    assertThat(scored.getSatisfactionAverage()).isEqualByComparingTo("81");

    // the city returns it with a comment (required); the district scores again and sees why
    Task first = task(pi, APPROVAL_TASK);
    assertThatThrownBy(() -> complete(first, drive.city, APPROVAL_DECISION.map(RETURN)))
        .satisfies(e -> assertThat(violation(e).field()).isEqualTo(APPROVAL_COMMENT.name()));
    taskService.setAssignee(first.getId(), null);
    complete(first, drive.city, APPROVAL_COMMENT.in(APPROVAL_DECISION.map(RETURN), "工作成效评分依据不足，请复核"));
    Task again = task(pi, SCORING_TASK);
    assertThat(taskService.getVariable(again.getId(), RETURN_COMMENT.name())).isEqualTo("工作成效评分依据不足，请复核");
    assertThat(candidateGroups(again)).containsExactly(Groups.district(code));
    complete(again, official, scores("95"));

    // the approval: a grade planted before it does not reach the dispatch
    Task approval = task(pi, APPROVAL_TASK);
    assertThat(runtimeService.getVariable(pi, GRADE_LABEL.name())).isEqualTo("基本合格");
    assertThat(runtimeService.getVariable(pi, WEIGHTED_SCORE.name())).isEqualTo(95d);
    assertThat(contract.excludedWorkers(pi, APPROVAL_TASK)).containsExactly(commissioner);
    plant(pi, GRADE, Grade.UNQUALIFIED.name());
    complete(approval, drive.city, APPROVAL_DECISION.map(APPROVE));
    assertThat(runtimeService.getVariable(pi, GRADE.name())).isEqualTo(Grade.BASIC.name());
    Task feedback = task(pi, FEEDBACK_TASK);
    assertThat(candidateGroups(feedback)).containsExactly(Groups.sourceUnit(d.getSourceUnit().getCode()));
    plant(pi, GRADE, Grade.UNQUALIFIED.name());
    plant(pi, SERVICE_YEAR, 2L);
    complete(feedback, data.sourceUnitOfficial(d.getSourceUnit()), RESULT_ACKNOWLEDGED.map(true));

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
    Evaluation done = evaluations.findById(row.getId()).orElseThrow();
    assertThat(done.getStatus()).isEqualTo(EvaluationStatus.APPROVED);
    assertThat(done.getApprovedBy()).isEqualTo(drive.city);
    assertThat(done.getAcknowledgedAt()).isNotNull();
    assertThat(dispatches.findById(d.getId()).orElseThrow().getStatus()).as("the dispatch goes on")
        .isEqualTo(DispatchStatus.ACTIVE);
  }

  @Test
  @Tag("P-18")
  @DisplayName("P-18 a district without an approved scheme waits for one: the wait is its own district's, whatever districtCode says")
  void awaitsTheSchemeOfItsOwnDistrict() {
    String code = "341323";
    noSchemeIn(code);
    schemeInForce("341302");
    Enterprise served = fixtures.enterprise(code);
    Dispatch d = runningDispatch(code, served);
    String official = data.districtOfficial(code);
    ProcessInstance evaluation = firstAnniversary(d);
    String pi = evaluation.getId();

    Task await = task(pi, AWAIT_SCHEME_TASK);
    assertThat(candidateGroups(await)).containsExactly(Groups.district(code));
    assertThat(tasks(pi, SUMMARY_TASK)).isEmpty();
    plant(pi, DISTRICT_CODE, "341302");
    assertThatThrownBy(() -> complete(await, official, SCHEME_READY_CONFIRMED.map(true)))
        .satisfies(e -> assertThat(violation(e).field()).isEqualTo(SCHEME_READY_CONFIRMED.name()));

    schemeInForce(code);
    complete(task(pi, AWAIT_SCHEME_TASK), official, SCHEME_READY_CONFIRMED.map(true));
    assertThat(runtimeService.getVariable(pi, DISTRICT_CODE.name())).as("mirrored again").isEqualTo(code);
    assertThat(task(pi, SUMMARY_TASK).getAssignee()).isEqualTo(d.getCommissioner().getUserId());
    assertThat(task(pi, RATING_TASK).getAssignee()).isEqualTo(served.getContactUserId());
  }
}
