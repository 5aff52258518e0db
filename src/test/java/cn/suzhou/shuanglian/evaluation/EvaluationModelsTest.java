package cn.suzhou.shuanglian.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.platform.process.contract.Var;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The evaluation models agree with their contracts where the conformance test does not look: no
 * candidate, assignee, multi-instance collection or gateway reads a process variable (each asks the
 * case's domain row through {@link EvaluationCase} / {@link EvaluationSchemeCase}); the grade table's
 * task maps exactly the contract's inputs and outputs; the dispatch's call activity passes the
 * variables the contract declares for it.
 */
@Tag("P-18")
@DisplayName("P-18 evaluation models: context from the domain, grade table and call activity as the contract declares")
class EvaluationModelsTest {

  static final Pattern FROM_THE_CASE = Pattern.compile("\\$\\{!?(evaluationCase|evaluationSchemeCase)\\.\\w+\\(execution\\)}");

  static BpmnModelInstance model(String processKey) {
    return Bpmn.readModelFromFile(Path.of("processes", processKey + ".bpmn").toFile());
  }

  static <T extends ModelElementInstance> List<T> extensions(ExtensionElements extensions, Class<T> type) {
    return extensions == null ? List.of() : extensions.getElementsQuery().filterByType(type).list();
  }

  static Set<String> names(Collection<? extends Var<?>> vars) {
    return vars.stream().map(Var::name).collect(Collectors.toSet());
  }

  @Test
  @DisplayName("candidates, assignees, raters and gateways ask the case's domain row, never a variable")
  void contextExpressionsAskTheDomain() {
    for (String key : List.of(YearlyEvaluationContract.PROCESS_KEY, EvaluationSchemeContract.PROCESS_KEY)) {
      BpmnModelInstance model = model(key);
      List<String> expressions = new ArrayList<>();
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        expressions.add(task.getCamundaAssignee());
        expressions.add(task.getCamundaCandidateGroups());
        expressions.add(task.getCamundaCandidateUsers());
      }
      model.getModelElementsByType(MultiInstanceLoopCharacteristics.class)
          .forEach(mi -> expressions.add(mi.getCamundaCollection()));
      model.getModelElementsByType(SequenceFlow.class).stream().map(SequenceFlow::getConditionExpression)
          .filter(c -> c != null).map(ConditionExpression::getTextContent).forEach(expressions::add);
      assertThat(expressions.stream().filter(e -> e != null && e.contains("${")))
          .as(key).isNotEmpty()
          .allSatisfy(e -> assertThat(e).as(key).matches(FROM_THE_CASE));
    }
  }

  @Test
  @DisplayName("评定考核等次 feeds the grade table the contract's inputs and hands out GRADE and GRADE_REASON")
  void gradeTableMapping() {
    CamundaInputOutput io = extensions(model(YearlyEvaluationContract.PROCESS_KEY)
        .<org.camunda.bpm.model.bpmn.instance.BusinessRuleTask>getModelElementById(YearlyEvaluationContract.GRADE_TASK)
        .getExtensionElements(), CamundaInputOutput.class).get(0);
    assertThat(io.getCamundaInputParameters().stream().map(CamundaInputParameter::getCamundaName))
        .containsExactlyInAnyOrderElementsOf(names(YearlyEvaluationContract.GRADE_TABLE_INPUTS));
    assertThat(io.getCamundaInputParameters()).allSatisfy(p -> assertThat(p.getTextContent())
        .startsWith("${evaluationCase.gradeInputs(execution)."));
    assertThat(io.getCamundaOutputParameters().stream().map(CamundaOutputParameter::getCamundaName))
        .containsExactlyInAnyOrder(YearlyEvaluationContract.GRADE.name(), YearlyEvaluationContract.GRADE_REASON.name());
  }

  @Test
  @DisplayName("commissionerDispatch's 年度考核 passes in DISPATCH_ID and SERVICE_YEAR and takes GRADE and SERVICE_YEAR out")
  void callActivityPassesTheDeclaredVariables() {
    CallActivity call = model("commissionerDispatch").getModelElementsByType(CallActivity.class).stream()
        .filter(c -> YearlyEvaluationContract.PROCESS_KEY.equals(c.getCalledElement())).findFirst().orElseThrow();
    Set<String> in = extensions(call.getExtensionElements(), CamundaIn.class).stream().map(CamundaIn::getCamundaTarget)
        .filter(t -> t != null).collect(Collectors.toSet());
    Set<String> out = extensions(call.getExtensionElements(), CamundaOut.class).stream()
        .map(CamundaOut::getCamundaSource).collect(Collectors.toSet());
    assertThat(in).isEqualTo(names(List.of(YearlyEvaluationContract.DISPATCH_ID, YearlyEvaluationContract.SERVICE_YEAR)));
    assertThat(out).isEqualTo(names(List.of(YearlyEvaluationContract.GRADE, YearlyEvaluationContract.SERVICE_YEAR)));
  }
}
