package cn.suzhou.shuanglian.expert;

import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The paths of expertPoolApplication on a plain engine; delegates stand in for the Spring beans. */
@Deployment(resources = {"processes/expertPoolApplication.bpmn", "forms/expert-application-start.form",
    "forms/expert-application-review.form", "forms/expert-application-rejection.form"})
@Tag("P-20")
@DisplayName("P-20 expertPoolApplication paths")
class ExpertPoolApplicationProcessTest {

  /** camunda-unit.cfg.xml, not camunda.cfg.xml: Camunda's static registry would build that one in Spring tests too. */
  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("camunda-unit.cfg.xml").build();

  private final List<String> recorded = new ArrayList<>();

  @BeforeEach
  void registerDelegates() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("validateExpertApplication", (JavaDelegate) execution -> {
      if (RESIDENT_ID.from(execution) == null) {
        throw new ProcessRuleViolation(RESIDENT_ID.name(), "请填写身份证号。");
      }
      RESIDENT_ID.remove(execution);
      APPLICANT_USER_ID.set(execution, "zhou.haiming");
      COMMISSIONER_ID.set(execution, 1L);
    });
    Mocks.register("checkReviewDecision", (ExecutionListener) task -> {
      if (REJECT.equals(REVIEW_DECISION.from(task)) && REJECTION_REASON.from(task) == null) {
        throw new ProcessRuleViolation(REJECTION_REASON.name(), "须填写理由");
      }
    });
    Mocks.register("recordExpertMembership", (JavaDelegate) execution -> recorded.add(execution.getProcessInstanceId()));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  private ProcessInstance apply() {
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY,
        CONSENT.in(RESIDENT_ID.map("341302197804152019"), true));
  }

  @Test
  @DisplayName("P-20 approval records the membership and ends 已入库")
  void approvalRecordsMembership() {
    ProcessInstance instance = apply();
    BpmnAwareTests.assertThat(instance).isWaitingAt(REVIEW_TASK);
    BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup("city-stb").hasName("审核入库申请");
    assertThat(runtimeService().getVariables(instance.getId())).doesNotContainKey(RESIDENT_ID.name());

    complete(task(instance), REVIEW_DECISION.map(APPROVE));

    BpmnAwareTests.assertThat(instance).hasPassedInOrder("Activity_ValidateApplication", REVIEW_TASK,
        "Activity_RecordMembership", ADMITTED_END).isEnded();
    assertThat(recorded).containsExactly(instance.getId());
  }

  @Test
  @DisplayName("P-20 rejection goes to the applicant with the reason and records nothing")
  void rejectionTellsTheApplicantWhy() {
    ProcessInstance instance = apply();
    complete(task(instance), REJECTION_REASON.in(REVIEW_DECISION.map(REJECT), "评审领域与专业特长不符"));

    BpmnAwareTests.assertThat(instance).isWaitingAt(REJECTION_TASK);
    BpmnAwareTests.assertThat(task(instance)).isAssignedTo("zhou.haiming");
    assertThat(runtimeService().getVariable(instance.getId(), REJECTION_REASON.name())).isEqualTo("评审领域与专业特长不符");

    complete(task(instance), ACKNOWLEDGED.map(true));
    BpmnAwareTests.assertThat(instance).hasPassed(REJECTED_END).hasNotPassed("Activity_RecordMembership").isEnded();
    assertThat(recorded).isEmpty();
  }

  @Test
  @DisplayName("P-20 a rejection without reason is refused and the task stays open")
  void rejectionNeedsReason() {
    ProcessInstance instance = apply();
    assertThatThrownBy(() -> complete(task(instance), REVIEW_DECISION.map(REJECT)))
        .satisfies(e -> assertThat(ProcessRuleViolation.findIn(e).map(ProcessRuleViolation::field))
            .contains(REJECTION_REASON.name()));
    BpmnAwareTests.assertThat(instance).isWaitingAt(REVIEW_TASK);
  }

  @Test
  @DisplayName("P-20 an invalid application leaves no process instance")
  void invalidApplicationLeavesNothing() {
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(PROCESS_KEY))
        .isInstanceOf(ProcessRuleViolation.class);
    assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    assertThat(BpmnAwareTests.historyService().createHistoricProcessInstanceQuery().count()).isZero();
  }
}
