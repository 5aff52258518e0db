package cn.suzhou.shuanglian.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.access.IdentityBootstrap;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * Who sees which open task in a task list (P-14: a county sees its own cases; the city all): for
 * every kind of user, the tasks {@code /engine-rest/task}, its count and Tasklist's filters return are
 * exactly those the engine's own permission check grants one by one — READ on the task or READ_TASK
 * on its process definition. On MySQL/MariaDB the lists run through {@link TaskListAuthorizationSql}'s
 * indexed check, and the MariaDB variant also proves that the rewrite applied.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TaskListVisibilityContract {

  static final String PROBE = "taskListProbe";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext context;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired AuthorizationService authorizationService;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired TaskListAuthorizationSql taskListSql;

  String deployment;
  String definitionGrant;
  final Map<String, String> readers = new HashMap<>();

  @BeforeAll
  void openTasks() {
    TestData data = new TestData(context);
    deployment = repositoryService.createDeployment().addModelInstance(PROBE + ".bpmn",
        Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(1).startEvent()
            .parallelGateway("split")
            .userTask("byGroup").camundaCandidateGroups("${group}").endEvent()
            .moveToNode("split").userTask("byPerson").camundaAssignee("${person}").endEvent()
            .done()).deploy().getId();
    String commissioner = data.user("commissioner", Groups.COMMISSIONERS);
    readers.put("埇桥区 official", data.districtOfficial("341302"));
    readers.put("砀山县 official", data.districtOfficial("341321"));
    readers.put("city official", data.cityOfficial());
    readers.put("process manager", data.user("pm", Groups.PROCESS_MANAGERS));
    readers.put("commissioner", commissioner);
    readers.put("nobody's user", data.user("other", Groups.COMMISSIONERS));
    // a reader of the probe's tasks by its definition key (the join's D.KEY_ branch)
    String byDefinition = data.user("bydef", Groups.COMMISSIONERS);
    readers.put("reader by definition", byDefinition);
    Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(byDefinition);
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId(PROBE);
    grant.addPermission(ProcessDefinitionPermissions.READ_TASK);
    grant.addPermission(ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE);
    definitionGrant = authorizationService.saveAuthorization(grant).getId();
    List<String> groups = List.of(Groups.district("341302"), Groups.district("341302"), Groups.district("341321"),
        Groups.CITY, Groups.district("341322"));
    Date now = ClockUtil.getCurrentTime();
    try {
      for (int i = 0; i < groups.size(); i++) {  // distinct creation times: lists sorted by them have one order
        ClockUtil.setCurrentTime(new Date(now.getTime() - (groups.size() - i) * 60_000L));
        runtimeService.startProcessInstanceByKey(PROBE, Map.of("group", groups.get(i), "person", commissioner));
      }
    } finally {
      ClockUtil.reset();
    }
    // a task with two candidate groups: the district's and the city's
    Task shared = taskService.createTaskQuery().processDefinitionKey(PROBE).taskCandidateGroup(Groups.district("341321"))
        .singleResult();
    taskService.addCandidateGroup(shared.getId(), Groups.CITY);
  }

  @AfterAll
  void removeProbe() {
    authorizationService.deleteAuthorization(definitionGrant);
    repositoryService.deleteDeployment(deployment, true, true);
  }

  @Test
  @DisplayName("P-14: /engine-rest/task, its count and Tasklist's filters list exactly the tasks each user may read, task by task")
  void everyUserSeesExactlyTheTasksTheEngineGrants() throws Exception {
    List<Task> all = taskService.createTaskQuery().processDefinitionKey(PROBE).list();
    assertThat(all).hasSize(10);
    String department = filterService.createFilterQuery().filterName(IdentityBootstrap.FILTER_DEPARTMENT)
        .singleResult().getId();
    long before = taskListSql.rewrittenQueries();
    long pagedBefore = taskListSql.pagedFirstQueries();
    int calls = 0;
    for (Map.Entry<String, String> reader : readers.entrySet()) {
      String user = reader.getValue();
      List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
      Set<String> granted = new TreeSet<>();
      for (Task task : all) {
        boolean readable = authorizationService.isUserAuthorized(user, groups, Permissions.READ, Resources.TASK, task.getId())
            || authorizationService.isUserAuthorized(user, groups, ProcessDefinitionPermissions.READ_TASK,
                Resources.PROCESS_DEFINITION, PROBE);
        if (readable) {
          granted.add(task.getId());
        }
      }
      Set<String> listed = ids(get(user, "/engine-rest/task?processDefinitionKey=" + PROBE + "&maxResults=100"));
      assertThat(listed).as(reader.getKey() + ": /engine-rest/task").isEqualTo(granted);
      assertThat(get(user, "/engine-rest/task/count?processDefinitionKey=" + PROBE).path("count").asLong())
          .as(reader.getKey() + ": count").isEqualTo(granted.size());
      Set<String> inDepartment = new TreeSet<>();
      for (Task task : all) {
        boolean candidate = taskService.getIdentityLinksForTask(task.getId()).stream()
            .anyMatch(link -> link.getGroupId() != null && groups.contains(link.getGroupId()));
        if (candidate && granted.contains(task.getId())) {
          inDepartment.add(task.getId());
        }
      }
      Set<String> filtered = ids(post(user, "/engine-rest/filter/" + department + "/list?maxResults=100",
          Map.of("processDefinitionKey", PROBE)));
      assertThat(filtered).as(reader.getKey() + ": 本部门待办").isEqualTo(inDepartment);
      calls += 3;
    }
    assertThat(readers.size()).isEqualTo(7);
    assertThat(ids(get(byDefinition(), "/engine-rest/task?processDefinitionKey=" + PROBE))).hasSize(10);
    assertThat(ids(get(readers.get("埇桥区 official"), "/engine-rest/task?processDefinitionKey=" + PROBE))).hasSize(2);
    assertThat(ids(get(readers.get("city official"), "/engine-rest/task?processDefinitionKey=" + PROBE))).hasSize(10);
    assertThat(ids(get(readers.get("nobody's user"), "/engine-rest/task?processDefinitionKey=" + PROBE))).isEmpty();
    rewrites(taskListSql.rewrittenQueries() - before, calls);
    pagedFirst(taskListSql.pagedFirstQueries() - pagedBefore, readers.size());
  }

  @Test
  @DisplayName("P-14: with and without the indexed check every user gets the same tasks, counts, filter lists with their variables and variables")
  void theIndexedCheckChangesNoAnswer() throws Exception {
    List<String> instances = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROBE).list().stream()
        .map(instance -> instance.getId()).toList();
    String all = filterService.createFilterQuery().filterName(IdentityBootstrap.FILTER_ALL).singleResult().getId();
    String department = filterService.createFilterQuery().filterName(IdentityBootstrap.FILTER_DEPARTMENT)
        .singleResult().getId();
    List<String> paths = List.of(
        "/engine-rest/task?processDefinitionKey=" + PROBE + "&sortBy=id&sortOrder=desc&maxResults=3",
        "/engine-rest/task?processDefinitionKey=" + PROBE + "&candidateGroup=" + Groups.district("341302"),
        "/engine-rest/task/count?processDefinitionKey=" + PROBE,
        "/engine-rest/variable-instance?processInstanceIdIn=" + String.join(",", instances),
        "/engine-rest/variable-instance/count?processInstanceIdIn=" + String.join(",", instances));
    Map<String, Object> variablesOfList = Map.of("processDefinitionKey", PROBE,
        "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"), Map.of("sortBy", "name", "sortOrder", "asc")));
    int answers = 0;
    for (Map.Entry<String, String> reader : readers.entrySet()) {
      for (String path : paths) {
        String faster = raw(reader.getValue(), path);
        taskListSql.enabled(false);
        try {
          assertThat(faster).as(reader.getKey() + " " + path).isEqualTo(raw(reader.getValue(), path));
        } finally {
          taskListSql.enabled(true);
        }
        answers++;
      }
      for (String filter : List.of(all, department)) {
        if (filterService.getFilter(filter) == null) {
          continue;
        }
        JsonNode faster = hal(reader.getValue(), filter, variablesOfList);
        taskListSql.enabled(false);
        try {
          assertThat(faster).as(reader.getKey() + " filter " + filter).isEqualTo(hal(reader.getValue(), filter, variablesOfList));
        } finally {
          taskListSql.enabled(true);
        }
      }
    }
    assertThat(answers).isEqualTo(readers.size() * paths.size());
  }

  private String byDefinition() {
    return readers.get("reader by definition");
  }

  /** What the database variant proves about the rewrite, given how many list and count calls ran. */
  abstract void rewrites(long rewritten, int calls);

  /** What the database variant proves about the page chosen on ids, given how many 本部门待办 lists ran. */
  abstract void pagedFirst(long pagedFirst, int departmentLists);

  private JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> answer = rest.withBasicAuth(user, TestData.PASSWORD).getForEntity(path, String.class);
    assertThat(answer.getStatusCode().value()).as(path + " " + answer.getBody()).isEqualTo(200);
    return JSON.readTree(answer.getBody());
  }

  private JsonNode post(String user, String path, Object body) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
    ResponseEntity<String> answer = rest.withBasicAuth(user, TestData.PASSWORD)
        .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    assertThat(answer.getStatusCode().value()).as(path + " " + answer.getBody()).isEqualTo(200);
    return JSON.readTree(answer.getBody());
  }

  private String raw(String user, String path) {
    ResponseEntity<String> answer = rest.withBasicAuth(user, TestData.PASSWORD).getForEntity(path, String.class);
    assertThat(answer.getStatusCode().value()).as(path + " " + answer.getBody()).isEqualTo(200);
    return answer.getBody();
  }

  /** A filter's list as Tasklist asks for it: HAL, with the filter's variables embedded. */
  private JsonNode hal(String user, String filter, Object query) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
    headers.set(HttpHeaders.ACCEPT, "application/hal+json");
    ResponseEntity<String> answer = rest.withBasicAuth(user, TestData.PASSWORD).exchange(
        "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15", HttpMethod.POST,
        new HttpEntity<>(query, headers), String.class);
    assertThat(answer.getStatusCode().value()).as(filter + " " + answer.getBody()).isIn(200, 403);
    return JSON.readTree(answer.getBody());
  }

  private static Set<String> ids(JsonNode tasks) {
    Set<String> ids = new TreeSet<>();
    tasks.forEach(task -> ids.add(task.path("id").asText()));
    return ids;
  }
}
