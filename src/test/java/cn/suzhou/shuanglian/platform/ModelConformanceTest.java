package cn.suzhou.shuanglian.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Every BPMN model and form in processes/ and forms/ meets the project's line")
class ModelConformanceTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");

  @Test
  @DisplayName("all models: diagram interchange, TTL, clause IDs, Chinese names, candidates, formRefs to existing forms")
  void everyModelConforms() throws IOException {
    List<String> defects = new ArrayList<>();
    ModelRules rules = new ModelRules(ModelRules.readForms(FORMS, defects));
    List<Path> models;
    try (Stream<Path> files = Files.list(PROCESSES)) {
      models = files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
    assertThat(models).as("processes/*.bpmn").isNotEmpty();
    for (Path model : models) {
      try (InputStream in = Files.newInputStream(model)) {
        defects.addAll(rules.check(model.getFileName().toString(), in));
      }
    }
    assertThat(defects).as("model defects").isEmpty();
  }

  @Test
  @DisplayName("the checker itself finds each kind of defect in a broken model")
  void checkerFindsDefects() {
    String broken = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
          <bpmn:process id="brokenProcess" name="Broken" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:userTask id="Task_NoForm" name="Review" />
            <bpmn:userTask id="Task_MissingForm" name="审核" camunda:candidateGroups="city-stb"
                camunda:formRef="no-such-form" />
            <bpmn:endEvent id="End" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_NoForm" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_NoForm" targetRef="Task_MissingForm" />
            <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_MissingForm" targetRef="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;
    List<String> defects = new ModelRules(Map.of()).check("wrongName.bpmn",
        new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)));
    assertThat(defects).anyMatch(d -> d.contains("file name"))
        .anyMatch(d -> d.contains("no historyTimeToLive"))
        .anyMatch(d -> d.contains("no Chinese name") && d.contains("process"))
        .anyMatch(d -> d.contains("cites no clause"))
        .anyMatch(d -> d.contains("Task_NoForm has no diagram shape"))
        .anyMatch(d -> d.contains("has no diagram edge"))
        .anyMatch(d -> d.contains("userTask Task_NoForm has no Chinese name"))
        .anyMatch(d -> d.contains("userTask Task_NoForm has no assignee or candidates"))
        .anyMatch(d -> d.contains("userTask Task_NoForm has no camunda:formRef"))
        .anyMatch(d -> d.contains("formRef no-such-form names no form"))
        .anyMatch(d -> d.contains("formRefBinding is not 'deployment'"));
  }
}
