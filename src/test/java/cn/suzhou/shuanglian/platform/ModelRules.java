package cn.suzhou.shuanglian.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;

/**
 * The qualities every model must have (the project's own line, at least that of
 * ../shared/tools/check-models.py): diagram interchange for every flow node and sequence flow,
 * history TTL, clause IDs in the process documentation, user tasks with a Chinese name, candidates
 * or assignee and a deployment-bound formRef to a form in forms/, one form per human task, forms
 * whose id is their file name, with labels in Chinese.
 */
final class ModelRules {

  static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
  static final Pattern CLAUSE = Pattern.compile("P-\\d{2}");

  private final Map<String, JsonNode> forms;

  ModelRules(Map<String, JsonNode> forms) {
    this.forms = forms;
  }

  static Map<String, JsonNode> readForms(Path dir, List<String> defects) {
    Map<String, JsonNode> forms = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        JsonNode form = json.readTree(file.toFile());
        String id = form.path("id").asText();
        String name = file.getFileName().toString().replaceFirst("\\.form$", "");
        if (!id.equals(name)) {
          defects.add(file + ": form id '" + id + "' is not its file name");
        }
        checkFormLabels(file.getFileName().toString(), form.path("components"), defects);
        forms.put(id, form);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return forms;
  }

  private static void checkFormLabels(String file, JsonNode components, List<String> defects) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (component.has("key") && !type.equals("hidden")) {
        String label = component.path("label").asText("");
        if (!CJK.matcher(label).find()) {
          defects.add(file + ": field " + component.path("key").asText() + " has no Chinese label");
        }
      }
      // form-js submits only the items it renders expanded: a list of 10–50 rows must not collapse any
      if (type.equals("dynamiclist") && component.path("nonCollapsedItems").asInt(5) < MIN_EXPANDED_ITEMS) {
        defects.add(file + ": dynamic list " + component.path("id").asText() + " collapses items after "
            + component.path("nonCollapsedItems").asInt(5) + " (collapsed items are not submitted)");
      }
      if (component.has("components")) {
        checkFormLabels(file, component.path("components"), defects);
      }
    }
  }

  /** Rows a district, the city or a source unit may have in one list (DESIGN: 10–50, with room). */
  static final int MIN_EXPANDED_ITEMS = 200;

  List<String> check(String fileName, InputStream bpmn) {
    List<String> defects = new ArrayList<>();
    BpmnModelInstance model = Bpmn.readModelFromStream(bpmn);
    Set<String> shapes = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(s.getBpmnElement().getId()));
    Set<String> edges = new HashSet<>();
    model.getModelElementsByType(BpmnEdge.class).forEach(e -> edges.add(e.getBpmnElement().getId()));
    Set<String> formRefsSeen = new HashSet<>();

    for (Process process : model.getModelElementsByType(Process.class)) {
      String pid = process.getId();
      if (!process.isExecutable()) {
        continue;
      }
      if (!fileName.equals(pid + ".bpmn")) {
        defects.add(pid + ": file name " + fileName + " is not the process id");
      }
      if (process.getCamundaHistoryTimeToLiveString() == null) {
        defects.add(pid + ": no historyTimeToLive");
      }
      if (!CJK.matcher(String.valueOf(process.getName())).find()) {
        defects.add(pid + ": process has no Chinese name");
      }
      if (process.getDocumentations().stream().map(Documentation::getTextContent).noneMatch(t -> CLAUSE.matcher(t).find())) {
        defects.add(pid + ": process documentation cites no clause ID (P-xx)");
      }
      // every flow node of the model, nested ones (sub-processes) included
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        if (!shapes.contains(node.getId())) {
          defects.add(pid + ": " + node.getElementType().getTypeName() + " " + node.getId() + " has no diagram shape");
        }
      }
      for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
        if (!edges.contains(flow.getId())) {
          defects.add(pid + ": sequenceFlow " + flow.getId() + " has no diagram edge");
        }
      }
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String tid = task.getId();
        if (!CJK.matcher(String.valueOf(task.getName())).find()) {
          defects.add(pid + ": userTask " + tid + " has no Chinese name");
        }
        // Tasklist shows a user task's documentation to officials (the 描述 tab): Chinese, clause IDs aside
        for (Documentation doc : task.getDocumentations()) {
          java.util.regex.Matcher english = ENGLISH_WORD.matcher(doc.getTextContent());
          if (english.find()) {
            defects.add(pid + ": userTask " + tid + " documentation (Tasklist's 描述 tab) has English: " + english.group());
          }
        }
        if (task.getCamundaAssignee() == null && task.getCamundaCandidateGroups() == null
            && task.getCamundaCandidateUsers() == null) {
          defects.add(pid + ": userTask " + tid + " has no assignee or candidates");
        }
        checkFormRef(pid, "userTask " + tid, task.getCamundaFormRef(), task.getCamundaFormRefBinding(), true, defects);
        if (task.getCamundaFormRef() != null && !formRefsSeen.add(task.getCamundaFormRef())) {
          defects.add(pid + ": userTask " + tid + " shares form " + task.getCamundaFormRef() + " with another task");
        }
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null) {
          checkFormRef(pid, "startEvent " + start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding(),
              false, defects);
        }
      }
    }
    return defects;
  }

  /** An English word: two or more Latin letters in a row (a clause ID such as P-12 is none). */
  private static final Pattern ENGLISH_WORD = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z]{2,}(?![A-Za-z0-9])");

  private void checkFormRef(String pid, String what, String ref, String binding, boolean required, List<String> defects) {
    if (ref == null) {
      if (required) {
        defects.add(pid + ": " + what + " has no camunda:formRef");
      }
      return;
    }
    if (!"deployment".equals(binding)) {
      defects.add(pid + ": " + what + " formRefBinding is not 'deployment'");
    }
    if (!ref.contains("${") && !forms.containsKey(ref)) {
      defects.add(pid + ": " + what + " formRef " + ref + " names no form in forms/");
    }
  }
}
