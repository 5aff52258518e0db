package cn.suzhou.shuanglian.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.access.IdentityBootstrap;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
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
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.rest.cache.Cache;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.hal.cache.HalRelationCacheConfiguration;
import org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition;
import org.camunda.bpm.engine.rest.hal.user.HalUser;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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
 * The HAL relation cache ({@link HalRelationCache}) keeps need-to-know (P-14): two district officials
 * with different rights each get their own 本部门待办 list — only their district's tasks, their own
 * assignees' names, the process definition only for the one allowed to read it — however often and in
 * whichever order they call; a renamed user shows the old name for at most the cache's time to live
 * (60 s) and the new one after it (the engine's clock is moved, nothing waits).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HalRelationCacheContract {

  static final String PROBE = "halCacheProbe";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext context;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired AuthorizationService authorizationService;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired HalRelationCache halRelationCache;

  String deployment;
  String definitionGrant;
  String yongqiao;      // 埇桥区 official, may READ the probe's definition
  String dangshan;      // 砀山县 official, may not
  String yongqiaoWorker;
  String dangshanWorker;
  String department;

  @BeforeAll
  void openTasks() {
    TestData data = new TestData(context);
    deployment = repositoryService.createDeployment().addModelInstance(PROBE + ".bpmn",
        Bpmn.createExecutableProcess(PROBE).name("缓存探针").camundaHistoryTimeToLive(1).startEvent()
            .userTask("work").camundaCandidateGroups("${group}").camundaAssignee("${person}").endEvent()
            .done()).deploy().getId();
    yongqiao = data.districtOfficial("341302");
    dangshan = data.districtOfficial("341321");
    yongqiaoWorker = data.user("yqworker", Groups.district("341302"));
    dangshanWorker = data.user("dsworker", Groups.district("341321"));
    Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(yongqiao);
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId(PROBE);
    grant.addPermission(ProcessDefinitionPermissions.READ);
    definitionGrant = authorizationService.saveAuthorization(grant).getId();
    for (int i = 0; i < 2; i++) {
      runtimeService.startProcessInstanceByKey(PROBE, Map.of("group", Groups.district("341302"), "person", yongqiaoWorker));
      runtimeService.startProcessInstanceByKey(PROBE, Map.of("group", Groups.district("341321"), "person", dangshanWorker));
    }
    department = filterService.createFilterQuery().filterName(IdentityBootstrap.FILTER_DEPARTMENT).singleResult().getId();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @AfterAll
  void removeProbe() {
    authorizationService.deleteAuthorization(definitionGrant);
    repositoryService.deleteDeployment(deployment, true, true);
  }

  @Test
  @DisplayName("the cache is Camunda's, configured for users, groups and definitions")
  void theCacheIsRegistered() {
    HalRelationCacheConfiguration configuration = new HalRelationCacheConfiguration(halRelationCache.configuration());
    assertThat(configuration.getCacheImplementationClass()).isEqualTo(HalRelationCache.ReaderCache.class);
    assertThat(configuration.getCacheConfigurations()).hasSize(HalRelationCache.CACHED.size());
    assertThat(configuration.getCacheConfigurations().values())
        .allSatisfy(c -> assertThat(c).containsEntry("secondsToLive", 60).containsEntry("capacity", 2000));
    assertThat(Hal.getInstance().getHalRelationCache(HalProcessDefinition.class)).isInstanceOf(HalRelationCache.ReaderCache.class);
    assertThat(Hal.getInstance().getHalRelationCache(HalUser.class)).isInstanceOf(HalRelationCache.ReaderCache.class);
  }

  @Test
  @DisplayName("P-14: with the HAL cache two district officials each see only their own tasks, names and definitions, call after call")
  void eachReaderGetsTheirOwnList() throws Exception {
    ClockUtil.setCurrentTime(new Date());  // no entry expires during the test
    Set<String> yongqiaoTasks = candidateTasks(Groups.district("341302"));
    Set<String> dangshanTasks = candidateTasks(Groups.district("341321"));
    assertThat(yongqiaoTasks).hasSize(2);
    assertThat(dangshanTasks).hasSize(2).doesNotContainAnyElementsOf(yongqiaoTasks);
    JsonNode firstYongqiao = null;
    JsonNode firstDangshan = null;
    for (int round = 0; round < 3; round++) {
      // alternate who asks first, so each reads what the other may have put in the cache
      for (String reader : round % 2 == 0 ? List.of(yongqiao, dangshan) : List.of(dangshan, yongqiao)) {
        JsonNode list = hal(reader);
        boolean isYongqiao = reader.equals(yongqiao);
        assertThat(taskIds(list)).as(reader + " round " + round).isEqualTo(isYongqiao ? yongqiaoTasks : dangshanTasks);
        assertThat(list.path("count").asLong()).isEqualTo(2);
        assertThat(embeddedIds(list, "assignee")).as(reader + " assignees")
            .containsExactly(isYongqiao ? yongqiaoWorker : dangshanWorker);
        if (isYongqiao) {
          assertThat(embeddedIds(list, "processDefinition")).as("埇桥区 may read the definition").hasSize(1);
          assertThat(list.path("_embedded").path("processDefinition").get(0).path("name").asText()).isEqualTo("缓存探针");
          firstYongqiao = firstYongqiao == null ? list : firstYongqiao;
          assertThat(list).isEqualTo(firstYongqiao);
        } else {
          assertThat(embeddedIds(list, "processDefinition")).as("砀山县 may not read the definition").isEmpty();
          firstDangshan = firstDangshan == null ? list : firstDangshan;
          assertThat(list).isEqualTo(firstDangshan);
        }
      }
    }
    Cache definitions = Hal.getInstance().getHalRelationCache(HalProcessDefinition.class);
    assertThat(definitions.get(PROBE)).as("nothing is cached or returned outside a reader's call").isNull();
    assertThat(((HalRelationCache.ReaderCache) definitions).size()).as("the lists went through the cache").isPositive();
  }

  @Test
  @DisplayName("a renamed assignee shows the old name for at most the cache's 60 s, then the new one")
  void aRenamedUserShowsTheNewNameAfterTheTimeToLive() throws Exception {
    Date start = new Date();
    ClockUtil.setCurrentTime(start);
    assertThat(assigneeName(hal(yongqiao))).isEqualTo("yqworker");
    User worker = identityService.createUserQuery().userId(yongqiaoWorker).singleResult();
    worker.setFirstName("改名");
    identityService.saveUser(worker);
    try {
      assertThat(assigneeName(hal(yongqiao))).as("within the time to live").isEqualTo("yqworker");
      assertThat(embeddedIds(hal(dangshan), "assignee")).as("砀山县 never gets 埇桥区's assignee").containsExactly(dangshanWorker);
      ClockUtil.setCurrentTime(new Date(start.getTime() + 61_000));
      assertThat(assigneeName(hal(yongqiao))).as("after the time to live").isEqualTo("改名");
    } finally {
      worker.setFirstName("yqworker");
      identityService.saveUser(worker);
    }
  }

  private Set<String> candidateTasks(String group) {
    Set<String> ids = new TreeSet<>();
    taskService.createTaskQuery().processDefinitionKey(PROBE).taskCandidateGroup(group).includeAssignedTasks().list()
        .stream().map(Task::getId).forEach(ids::add);
    return ids;
  }

  /** 本部门待办 as Tasklist asks for it: HAL, with the filter's variables. */
  private JsonNode hal(String user) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
    headers.set(HttpHeaders.ACCEPT, "application/hal+json");
    Map<String, Object> query = Map.of("processDefinitionKey", PROBE,
        "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"), Map.of("sortBy", "id", "sortOrder", "asc")));
    ResponseEntity<String> answer = rest.withBasicAuth(user, TestData.PASSWORD).exchange(
        "/engine-rest/filter/" + department + "/list?firstResult=0&maxResults=15", HttpMethod.POST,
        new HttpEntity<>(query, headers), String.class);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    return JSON.readTree(answer.getBody());
  }

  private static Set<String> taskIds(JsonNode list) {
    return embeddedIds(list, "task");
  }

  private static Set<String> embeddedIds(JsonNode list, String relation) {
    Set<String> ids = new TreeSet<>();
    list.path("_embedded").path(relation).forEach(node -> ids.add(node.path("id").asText()));
    return ids;
  }

  private static String assigneeName(JsonNode list) {
    JsonNode assignees = list.path("_embedded").path("assignee");
    assertThat(assignees.size()).isEqualTo(1);
    return assignees.get(0).path("firstName").asText();
  }
}
