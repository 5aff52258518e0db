package cn.suzhou.shuanglian.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.platform.process.contract.ProcessContract;
import cn.suzhou.shuanglian.platform.process.contract.ProcessContract.UserTask;
import cn.suzhou.shuanglian.platform.process.contract.ProcessContracts;
import cn.suzhou.shuanglian.sourceunit.SourceUnit;
import cn.suzhou.shuanglian.support.DispatchFixtures;
import cn.suzhou.shuanglian.support.TestData;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The engine's variables are user input: an adversarial suite generated from the models and the
 * contracts, so that a new task or start is attacked without a test written for it. For every user
 * task of every process, a case is opened at that task (the model's own candidate and due-date
 * expressions, fed from seeds by variable name) and the person holding it tries, over
 * {@code /engine-rest}: (a) writing each of the case's variables (task, local, process instance,
 * execution), (b) completing and submitting with each field its form does not declare, (c) handing
 * the task to someone outside its groups (assignee, delegate), (d) adding a candidate group. For
 * every start a person may make, a caller names another user as initiator. Every attempt must be
 * refused and leave the case (variables, assignee, candidates) and every domain table unchanged.
 * The count is printed. A case opened at a task has no domain rows behind it: the models' look-ups
 * by case (candidates, due dates, loops) that find none answer as for a case of 埇桥区
 * ({@link SyntheticCases}); everything the boundary decides is real.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(SyntheticCases.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class EngineAdversaryContract {

  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w'\"])([A-Za-z_]\\w*)(?!\\s*\\()");
  private static final Set<String> BUILT_INS = Set.of("execution", "task", "true", "false", "null", "empty",
      "not", "and", "or", "authenticatedUserId", "loopCounter");

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext context;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired ProcessContracts contracts;
  @Autowired DataSource dataSource;

  private final List<String> opened = new ArrayList<>();
  private int attempts;
  private int refused;
  private final List<String> succeeded = new ArrayList<>();

  @AfterEach
  void closeCases() {
    identityService.clearAuthentication();
    for (String id : opened) {
      if (runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        runtimeService.deleteProcessInstance(id, "adversarial suite", true, true);
      }
    }
  }

  @Test
  @DisplayName("every user task and start of every process: forged variables, undeclared fields, reassignment, candidate groups, another initiator — all refused, nothing written")
  void everyAttackIsRefused() throws Exception {
    TestData data = new TestData(context);
    DispatchFixtures fixtures = new DispatchFixtures(context, data);
    SourceUnit unit = data.sourceUnit();
    data.sourceUnitOfficial(unit);
    Commissioner commissioner = data.commissioner(unit);
    Dispatch dispatch = fixtures.dispatch(commissioner, "341302", LocalDate.now().minusMonths(3),
        List.of(fixtures.enterprise("341302")));
    String outsider = data.user("outsider", Groups.ENTERPRISES);
    String contact = data.user("contact", Groups.ENTERPRISES);
    Map<String, Object> seeds = seeds(commissioner, contact, unit, dispatch);

    SyntheticCases.person = commissioner.getUserId();
    SyntheticCases.sourceUnitCode = unit.getCode();
    Map<String, Long> domainBefore = domainRowCounts();
    int tasks = 0;
    int starts = 0;
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      ProcessContract contract = contracts.of(definition.getKey()).orElse(null);
      assertThat(contract).as("contract of " + definition.getKey()).isNotNull();
      BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
      for (UserTask spec : contract.userTasks()) {
        attackTask(data, definition, model, contract, spec, seeds, outsider);
        tasks++;
      }
      if (contract.start().startable()) {
        attackStart(data, definition, commissioner);
        starts++;
      }
    }
    assertThat(domainRowCounts()).as("domain tables after the attacks").isEqualTo(domainBefore);
    System.out.printf("Engine adversary suite: %d user tasks, %d starts; %d attempts, %d refused, %d succeeded%n",
        tasks, starts, attempts, refused, succeeded.size());
    assertThat(succeeded).as("attacks that got through").isEmpty();
    assertThat(tasks).as("user tasks attacked").isGreaterThanOrEqualTo(42);
  }

  // ---- a case at one user task ----

  private void attackTask(TestData data, ProcessDefinition definition, BpmnModelInstance model,
      ProcessContract contract, UserTask spec, Map<String, Object> seeds, String outsider) {
    Map<String, Object> variables = new HashMap<>();
    for (String name : expressionVariables(model, spec.key())) {
      assertThat(seeds).as("seed for variable '" + name + "' of " + definition.getKey() + "/" + spec.key()).containsKey(name);
      variables.put(name, seeds.get(name));
    }
    ProcessInstance instance = runtimeService.createProcessInstanceById(definition.getId())
        .businessKey(SyntheticCases.BUSINESS_KEY_PREFIX + spec.key()).setVariables(variables)
        .startBeforeActivity(spec.key()).execute(true, true);
    opened.add(instance.getId());
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(spec.key())
        .singleResult();
    assertThat(task).as(definition.getKey() + "/" + spec.key()).isNotNull();
    String holder = holder(data, task);
    String what = definition.getKey() + "/" + spec.key() + " held by " + holder;
    String before = snapshot(task);
    TestRestTemplate as = rest.withBasicAuth(holder, TestData.PASSWORD);
    String t = "/engine-rest/task/" + task.getId();
    Set<String> declared = new LinkedHashSet<>();
    spec.inputs().forEach(v -> declared.add(v.name()));

    for (String name : runtimeService.getVariables(instance.getId()).keySet()) {
      Map<String, Object> forged = Map.of("value", "forged", "type", "String");
      expect(what + " (a) PUT task variable " + name, 403, as.exchange(t + "/variables/" + name, HttpMethod.PUT,
          json(forged), String.class), null);
      expect(what + " (a) PUT local task variable " + name, 403, as.exchange(t + "/localVariables/" + name,
          HttpMethod.PUT, json(forged), String.class), null);
      expect(what + " (a) modify process-instance variable " + name, 403, 404, as.exchange(
          "/engine-rest/process-instance/" + instance.getId() + "/variables", HttpMethod.POST,
          json(Map.of("modifications", Map.of(name, forged))), String.class));
      expect(what + " (a) PUT execution variable " + name, 403, 404, as.exchange(
          "/engine-rest/execution/" + task.getExecutionId() + "/localVariables/" + name, HttpMethod.PUT,
          json(forged), String.class));
      if (!declared.contains(name) && spec.shown().stream().noneMatch(v -> v.name().equals(name))) {
        expect(what + " (b) complete with " + name, 400, as.exchange(t + "/complete", HttpMethod.POST,
            json(Map.of("variables", Map.of(name, forged))), String.class), name);
      }
    }
    for (String field : List.of("initiatorUserId", "forgedField")) {
      Map<String, Object> body = Map.of("variables", Map.of(field, Map.of("value", "x", "type", "String")));
      expect(what + " (b) complete with " + field, 400,
          as.exchange(t + "/complete", HttpMethod.POST, json(body), String.class), field);
      expect(what + " (b) submit-form with " + field, 400,
          as.exchange(t + "/submit-form", HttpMethod.POST, json(body), String.class), field);
    }
    expect(what + " (c) set assignee", 403, as.exchange(t + "/assignee", HttpMethod.POST,
        json(Map.of("userId", outsider)), String.class), null);
    expect(what + " (c) delegate", 403, as.exchange(t + "/delegate", HttpMethod.POST,
        json(Map.of("userId", outsider)), String.class), null);
    expect(what + " (c) add candidate user", 403, as.exchange(t + "/identity-links", HttpMethod.POST,
        json(Map.of("userId", outsider, "type", "candidate")), String.class), null);
    expect(what + " (d) add candidate group", 403, as.exchange(t + "/identity-links", HttpMethod.POST,
        json(Map.of("groupId", Groups.district("341321"), "type", "candidate")), String.class), null);

    assertThat(snapshot(task)).as(what + ": the case after the attacks").isEqualTo(before);
  }

  private void attackStart(TestData data, ProcessDefinition definition, Commissioner commissioner) {
    String caller = data.user("starter", Groups.CITY, Groups.COMMISSIONERS, Groups.district("341302"));
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(definition.getKey()).count();
    TestRestTemplate as = rest.withBasicAuth(caller, TestData.PASSWORD);
    Map<String, Object> body = Map.of("variables", Map.of("initiatorUserId",
        Map.of("value", commissioner.getUserId(), "type", "String")));
    String base = "/engine-rest/process-definition/key/" + definition.getKey();
    expect(definition.getKey() + " start naming another initiator", 400,
        as.exchange(base + "/start", HttpMethod.POST, json(body), String.class), "initiatorUserId");
    expect(definition.getKey() + " start form naming another initiator", 400,
        as.exchange(base + "/submit-form", HttpMethod.POST, json(body), String.class), "initiatorUserId");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(definition.getKey()).count())
        .as(definition.getKey() + " instances").isEqualTo(before);
  }

  // ---- seeds for the models' expressions ----

  private Map<String, Object> seeds(Commissioner commissioner, String contact, SourceUnit unit, Dispatch dispatch) {
    Map<String, Object> seeds = new HashMap<>();
    Date due = Date.from(Instant.now().plus(30, ChronoUnit.DAYS));
    for (String name : List.of("commissionerUserId", "applicantUserId", "reviewerUserId")) {
      seeds.put(name, commissioner.getUserId());
    }
    for (String name : List.of("confirmerUserId", "raterUserId", "enterpriseUserId", "reporterUserId")) {
      seeds.put(name, contact);
    }
    for (String name : List.of("confirmerGroupId", "enterpriseGroupId", "reporterGroupId")) {
      seeds.put(name, Groups.district("341302"));
    }
    seeds.put("districtCode", "341302");
    seeds.put("sourceUnitCode", unit.getCode());
    seeds.put("department", Groups.CO_DEPARTMENTS.get(0).id());
    seeds.put("reviewPriority", 90);
    seeds.put("dispatchId", dispatch.getId());
    seeds.put("serviceYear", 1);
    seeds.put("renewalParty", "DISTRICT");
    for (String name : List.of("evaluationDueDate", "collectionDueDate", "agreementDueDate", "reviewDueDate",
        "nominationDueDate", "matchingDueDate", "supplyDemandReviewDue", "investigationDueDate", "decisionDueDate",
        "confirmDueDate", "reminderDueDate")) {
      seeds.put(name, due);
    }
    return seeds;
  }

  /** The variables a task's own expressions read (candidates, assignee, due date, priority, loops, timers on it). */
  private Set<String> expressionVariables(BpmnModelInstance model, String taskKey) {
    ModelElementInstance task = model.getModelElementById(taskKey);
    List<String> texts = new ArrayList<>();
    for (String attribute : List.of("assignee", "candidateUsers", "candidateGroups", "dueDate", "followUpDate",
        "priority")) {
      String value = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", attribute);
      if (value != null) {
        texts.add(value);
      }
    }
    for (MultiInstanceLoopCharacteristics loop : task.getChildElementsByType(MultiInstanceLoopCharacteristics.class)) {
      texts.add(loop.getTextContent());
    }
    for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
      if (boundary.getAttachedTo() != null && boundary.getAttachedTo().getId().equals(taskKey)) {
        texts.add(boundary.getTextContent());
      }
    }
    Set<String> names = new LinkedHashSet<>();
    for (String text : texts) {
      Matcher expression = EXPRESSION.matcher(text);
      while (expression.find()) {
        Matcher identifier = IDENTIFIER.matcher(expression.group(1).replaceAll("'[^']*'|\"[^\"]*\"", ""));
        while (identifier.find()) {
          String name = identifier.group(1);
          boolean bean = context.containsBean(name);
          if (!BUILT_INS.contains(name) && !bean) {
            names.add(name);
          }
        }
      }
    }
    return names;
  }

  // ---- who holds the task; what must not change ----

  private String holder(TestData data, Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    List<IdentityLink> links = taskService.getIdentityLinksForTask(task.getId());
    return links.stream().filter(l -> l.getUserId() != null).map(IdentityLink::getUserId).findFirst()
        .orElseGet(() -> data.user("holder", links.stream().filter(l -> l.getGroupId() != null)
            .map(IdentityLink::getGroupId).findFirst().orElseThrow()));
  }

  private String snapshot(Task task) {
    Task now = taskService.createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(now).as("the task is still open").isNotNull();
    Map<String, String> variables = new TreeMap<>();
    runtimeService.getVariables(task.getProcessInstanceId()).forEach((k, v) -> variables.put(k, String.valueOf(v)));
    taskService.getVariablesLocal(task.getId()).forEach((k, v) -> variables.put("local:" + k, String.valueOf(v)));
    String links = taskService.getIdentityLinksForTask(task.getId()).stream()
        .map(l -> l.getType() + ":" + l.getUserId() + ":" + l.getGroupId()).sorted().collect(Collectors.joining(","));
    return "assignee=" + now.getAssignee() + " owner=" + now.getOwner() + " links=" + links + " vars=" + variables;
  }

  private Map<String, Long> domainRowCounts() throws Exception {
    Map<String, Long> counts = new TreeMap<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String name = rs.getString("TABLE_NAME");
          if (!name.toUpperCase().startsWith("ACT_") && !name.toLowerCase().contains("schema_history")) {
            tables.add(name);
          }
        }
      }
      for (String table : tables) {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery("select count(*) from " + table)) {
          rs.next();
          counts.put(table.toLowerCase(), rs.getLong(1));
        }
      }
    }
    return counts;
  }

  // ---- expectations ----

  private void expect(String attempt, int status, ResponseEntity<String> response, String field) {
    expect(attempt, status, status, response, field);
  }

  private void expect(String attempt, int status, int alternative, ResponseEntity<String> response) {
    expect(attempt, status, alternative, response, null);
  }

  private void expect(String attempt, int status, int alternative, ResponseEntity<String> response, String field) {
    attempts++;
    int got = response.getStatusCode().value();
    boolean named = field == null || (response.getBody() != null && response.getBody().contains(field));
    if ((got == status || got == alternative) && named) {
      refused++;
    } else {
      succeeded.add(attempt + " → " + got + " " + response.getBody());
    }
  }

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
    return new HttpEntity<>(body, headers);
  }
}
