package cn.suzhou.shuanglian.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.platform.process.boundary.FormFields;
import cn.suzhou.shuanglian.platform.process.contract.ProcessContract;
import cn.suzhou.shuanglian.platform.process.contract.ProcessContract.UserTask;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * One source for what a step accepts: every BPMN in processes/ has a typed contract, and each user
 * task's and start's declared inputs are exactly the fields of its Camunda Form (editable fields as
 * inputs, read-only ones as shown, a dynamic list's row fields on its list variable).
 */
class ProcessContractConformanceTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");

  @TestFactory
  @DisplayName("every process has a contract whose tasks and start accept exactly their forms' fields")
  Stream<DynamicTest> contractsMatchModelsAndForms() throws Exception {
    Map<String, ProcessContract> contracts = contracts();
    Map<String, FormFields> forms = forms();
    try (Stream<Path> files = Files.list(PROCESSES)) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList().stream()
          .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            Process process = model.getModelElementsByType(Process.class).iterator().next();
            ProcessContract contract = contracts.get(process.getId());
            assertThat(contract).as("contract of " + process.getId()).isNotNull();
            checkStart(model, contract, forms);
            checkTasks(model, contract, forms);
          }));
    }
  }

  private static void checkStart(BpmnModelInstance model, ProcessContract contract, Map<String, FormFields> forms) {
    String formRef = model.getModelElementsByType(StartEvent.class).stream()
        .filter(s -> s.getParentElement() instanceof Process)
        .map(StartEvent::getCamundaFormRef).filter(r -> r != null).findFirst().orElse(null);
    assertThat(contract.start().formId()).as(contract.processKey() + " start form").isEqualTo(formRef);
    if (formRef != null) {
      FormFields fields = forms.get(formRef);
      assertThat(names(contract.start().inputs())).as(formRef + " fields").isEqualTo(new TreeSet<>(fields.editable()));
      assertThat(fields.readOnly()).as(formRef + " read-only fields").isEmpty();
      checkRows(formRef, contract.start().inputs(), fields);
    }
  }

  private static void checkTasks(BpmnModelInstance model, ProcessContract contract, Map<String, FormFields> forms) {
    Map<String, String> modelTasks = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class)
        .stream().collect(Collectors.toMap(t -> t.getId(), t -> t.getCamundaFormRef()));
    assertThat(contract.userTasks().stream().map(UserTask::key).collect(Collectors.toSet()))
        .as(contract.processKey() + " user tasks").isEqualTo(modelTasks.keySet());
    for (UserTask task : contract.userTasks()) {
      String formRef = modelTasks.get(task.key());
      assertThat(task.formId()).as(task.key() + " form").isEqualTo(formRef);
      FormFields fields = forms.get(formRef);
      assertThat(fields).as("form " + formRef).isNotNull();
      assertThat(names(task.inputs())).as(formRef + " editable fields").isEqualTo(new TreeSet<>(fields.editable()));
      assertThat(names(task.shown())).as(formRef + " read-only fields").isEqualTo(new TreeSet<>(fields.readOnly()));
      checkRows(formRef, task.inputs(), fields);
    }
  }

  private static void checkRows(String formRef, List<Var<?>> inputs, FormFields fields) {
    for (Var<?> input : inputs) {
      Set<String> rows = fields.listRows().get(input.name());
      if (rows == null) {
        assertThat(input.isList()).as(formRef + ": " + input + " is no list in the form").isFalse();
      } else {
        assertThat(new TreeSet<>(input.rowFields())).as(formRef + ": rows of " + input).isEqualTo(new TreeSet<>(rows));
      }
    }
  }

  private static Set<String> names(List<Var<?>> vars) {
    return vars.stream().map(Var::name).collect(Collectors.toCollection(TreeSet::new));
  }

  static Map<String, FormFields> forms() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, FormFields> forms = new HashMap<>();
    for (File file : FORMS.toFile().listFiles((d, n) -> n.endsWith(".form"))) {
      JsonNode form = json.readTree(file);
      forms.put(form.path("id").asText(), FormFields.of(form));
    }
    return forms;
  }

  /** Every contract on the classpath, built with no collaborators (only its declarations are read). */
  static Map<String, ProcessContract> contracts() throws Exception {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(ProcessContract.class));
    Map<String, ProcessContract> contracts = new HashMap<>();
    for (BeanDefinition definition : scanner.findCandidateComponents("cn.suzhou.shuanglian")) {
      Constructor<?> constructor = Class.forName(definition.getBeanClassName()).getDeclaredConstructors()[0];
      constructor.setAccessible(true);
      ProcessContract contract = (ProcessContract) constructor.newInstance(new Object[constructor.getParameterCount()]);
      contracts.put(contract.processKey(), contract);
    }
    return contracts;
  }
}
