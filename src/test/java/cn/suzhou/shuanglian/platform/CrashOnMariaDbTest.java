package cn.suzhou.shuanglian.platform;

import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.APPROVE;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.PROCESS_KEY;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.REJECT;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.REJECTION_REASON;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.REVIEW_DECISION;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.REVIEW_TASK;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.servicerecord.ServiceRecordContract;
import cn.suzhou.shuanglian.support.AppNode;
import cn.suzhou.shuanglian.support.DispatchFixtures;
import cn.suzhou.shuanglian.sourceunit.SourceUnit;
import cn.suzhou.shuanglian.support.RequiresMariaDb;
import cn.suzhou.shuanglian.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Crash safety (issue 14, README "Crash safety"): the application runs in its own JVM on MariaDB
 * (started here with {@link ProcessBuilder}, the same class path, profiles {@code mysql,test-mysql}),
 * four threads drive expert applications over REST as commissioners and the city bureau do (apply
 * on {@code /api}, claim and complete the review on {@code /engine-rest}) and service records of
 * running dispatches (logged on {@code /api} by the commissioner, confirmed on {@code /engine-rest}
 * by the enterprise's contact), and in the middle of the
 * load the JVM is killed with SIGKILL ({@link AppNode#kill()}, exit code 137), then
 * started again. After the restart: every request that got a 2xx is in the database, none twice;
 * every case resumes (its open task is there and is completed over REST; a completed review's next
 * step, the membership or the rejection notice, exists); no incident; each application row and
 * each service record agrees with its process instance. A job the killed node had locked is taken over once its lock expires: the
 * node runs with {@code camunda.bpm.job-execution.lock-time-in-millis=60000} (Camunda's default is
 * 5 minutes).
 *
 * <p>This JVM holds a Spring context on the same database for the fixtures and the checks, with its
 * job executor off, so that only the application's JVM runs jobs. The start-up times (process start
 * to the first authenticated answer) are printed, not asserted. No H2 variant: the H2 file database
 * lives inside the application's JVM and dies with it; what is proven here is the engine's and the
 * domain rows' shared transactions against a real server.
 */
@RequiresMariaDb
@SpringBootTest(properties = {
    "camunda.bpm.job-execution.enabled=false",
    "spring.datasource.hikari.maximum-pool-size=8",
    "spring.datasource.hikari.minimum-idle=1"})
@ActiveProfiles({"mysql", "test-mysql"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@DisplayName("Crash safety on MariaDB: kill -9 under load, restart, nothing acknowledged lost, every case resumes")
class CrashOnMariaDbTest {

  private static final int THREADS = 4;
  private static final int APPLICANTS = 200;
  private static final Duration LOAD_BEFORE_KILL = Duration.ofSeconds(20);
  private static final long LOCK_TIME_MILLIS = 60_000;
  private static final String PROBE = "crashProbe";
  private static final int PROBES = 12;
  private static final String DISTRICT = "341302";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ApplicationContext context;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repositoryService;
  @Autowired JdbcTemplate jdbc;

  /** The running node; the load threads send to it. */
  private volatile AppNode node;

  @AfterEach
  void stopNode() throws InterruptedException {
    if (node != null) {
      node.stop();  // SIGTERM: the graceful shutdown (SIGKILL after 40 s)
    }
  }

  @Test
  @DisplayName("acknowledged writes survive kill -9, no duplicate, every case resumes, no incident, rows and engine agree")
  void killNineUnderLoad() throws Exception {
    TestData data = new TestData(context);
    String city = data.cityOfficial();
    SourceUnit unit = data.sourceUnit();
    Map<String, Commissioner> applicants = new LinkedHashMap<>();
    for (int i = 0; i < APPLICANTS; i++) {
      Commissioner c = data.commissioner(unit);
      applicants.put(c.getUserId(), c);
    }
    // one running dispatch per load thread: its commissioner logs services, its enterprise's contact confirms
    DispatchFixtures fixtures = new DispatchFixtures(context, data);
    LocalDate termStart = LocalDate.now().minusDays(200);
    List<Enterprise> servedBy = new ArrayList<>();
    List<Dispatch> dispatches = new ArrayList<>();
    List<String> dispatchedCommissioners = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Commissioner c = data.commissioner(unit);
      Enterprise served = fixtures.enterprise(DISTRICT);
      servedBy.add(served);
      dispatchedCommissioners.add(c.getUserId());
      dispatches.add(fixtures.dispatch(c, DISTRICT, termStart, List.of(served)));
    }
    String probeDeployment = repositoryService.createDeployment().addModelInstance(PROBE + ".bpmn",
        Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(1).startEvent()
            .manualTask("work").camundaAsyncBefore().multiInstance().cardinality("400").sequential().multiInstanceDone()
            .endEvent().done()).deploy().getId();

    try {
      double firstStart = startNode("crash-node-1.log");

      // ---- load: commissioners apply, the city claims and decides; 2xx answers are recorded
      Queue<Commissioner> queue = new ConcurrentLinkedQueue<>(applicants.values());
      Map<String, Commissioner> started = new ConcurrentHashMap<>();      // process instance → applicant
      Set<String> claimed = ConcurrentHashMap.newKeySet();                // process instances
      Map<String, String> decided = new ConcurrentHashMap<>();            // process instance → decision
      Set<String> logged = ConcurrentHashMap.newKeySet();                 // service records' process instances
      Set<String> confirmed = ConcurrentHashMap.newKeySet();
      AtomicInteger refused = new AtomicInteger();
      AtomicInteger cycles = new AtomicInteger();
      List<Thread> load = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int slot = t;
        Thread thread = new Thread(() -> {
          Commissioner applicant;
          int day = 0;
          try {
            while ((applicant = queue.poll()) != null) {
              // a service record: logged by the dispatched commissioner, confirmed by the enterprise's contact
              LocalDate served = termStart.plusDays(day++ % 190);
              HttpResponse<String> log = send("POST", "/api/dispatches/" + dispatches.get(slot).getId()
                  + "/service-records", dispatchedCommissioners.get(slot), TestData.PASSWORD, Map.of(
                      "serviceType", "COOPERATION", "startDate", served.toString(), "endDate", served.toString(),
                      "days", 1, "creditCode", servedBy.get(slot).getCreditCode(),
                      "summary", "组织企业与高校团队洽谈联合研发项目。"));
              if (log.statusCode() == 201) {
                String record = JSON.readTree(log.body()).get("processInstanceId").asText();
                logged.add(record);
                String contact = servedBy.get(slot).getContactUserId();
                JsonNode confirm = JSON.readTree(send("GET", "/engine-rest/task?processInstanceId=" + record,
                    contact, TestData.PASSWORD, null).body());
                if (confirm.size() == 1 && send("POST", "/engine-rest/task/" + confirm.get(0).get("id").asText()
                    + "/complete", contact, TestData.PASSWORD, Map.of("variables", confirmation())).statusCode() == 204) {
                  confirmed.add(record);
                } else {
                  refused.incrementAndGet();
                }
              } else {
                refused.incrementAndGet();
                if (refused.get() < 3) {
                  System.out.printf("[crash] service record refused: %d %s%n", log.statusCode(), log.body());
                }
              }

              HttpResponse<String> apply = send("POST", "/api/expert-applications", applicant.getUserId(),
                  TestData.PASSWORD, Map.of("residentId", applicant.getResidentId(), "phone", applicant.getPhone(),
                      "title", "教授", "expertise", "新型建材", "reviewFields", List.of("NEW_MATERIALS"), "consent", true));
              if (apply.statusCode() != 201) {
                refused.incrementAndGet();
                continue;
              }
              String instance = JSON.readTree(apply.body()).get("processInstanceId").asText();
              started.put(instance, applicant);
              JsonNode tasks = JSON.readTree(send("GET", "/engine-rest/task?processInstanceId=" + instance
                  + "&taskDefinitionKey=" + REVIEW_TASK, city, TestData.PASSWORD, null).body());
              if (tasks.size() != 1) {
                refused.incrementAndGet();
                continue;
              }
              String task = tasks.get(0).get("id").asText();
              if (send("POST", "/engine-rest/task/" + task + "/claim", city, TestData.PASSWORD,
                  Map.of("userId", city)).statusCode() != 204) {
                refused.incrementAndGet();
                continue;
              }
              claimed.add(instance);
              String decision = cycles.incrementAndGet() % 3 == 0 ? REJECT : APPROVE;
              if (send("POST", "/engine-rest/task/" + task + "/complete", city, TestData.PASSWORD,
                  Map.of("variables", decision(decision))).statusCode() == 204) {
                decided.put(instance, decision);
              } else {
                refused.incrementAndGet();
              }
            }
          } catch (IOException | InterruptedException killed) {
            // the node is gone: this request got no answer, so it is not acknowledged
          }
        }, "crash-load-" + t);
        thread.start();
        load.add(thread);
      }

      Thread.sleep(LOAD_BEFORE_KILL.toMillis() - 2_000);
      // jobs for the node to lock just before it dies: each runs a long transaction (400 steps)
      List<String> probes = new ArrayList<>();
      for (int i = 0; i < PROBES; i++) {
        probes.add(runtimeService.startProcessInstanceByKey(PROBE).getId());
      }
      Thread.sleep(2_000);
      List<String> lockedAtKill = jdbc.queryForList(
          "select ID_ from ACT_RU_JOB where LOCK_OWNER_ is not null and PROCESS_INSTANCE_ID_ in ("
              + probes.stream().map(p -> "'" + p + "'").collect(Collectors.joining(",")) + ")", String.class);
      int inFlightAtKill = queue.size();
      long killedAt = System.nanoTime();
      int exit = node.kill();
      assertThat(exit).as("SIGKILL (128 + 9): no shutdown hook ran").isEqualTo(137);
      for (Thread thread : load) {
        thread.join(30_000);
      }
      assertThat(queue.size()).as("the load was still running when the node was killed").isGreaterThan(0);
      System.out.printf("[crash] load: %d threads for %.1f s; %d applications, %d claims, %d decisions, %d service records"
              + " and %d confirmations acknowledged, %d refused;"
              + " %d applicants not yet served at the kill; %d probe jobs locked by the killed node (exit code %d)%n",
          THREADS, LOAD_BEFORE_KILL.toMillis() / 1000.0, started.size(), claimed.size(), decided.size(), logged.size(),
          confirmed.size(), refused.get(),
          inFlightAtKill, lockedAtKill.size(), exit);

      double restart = startNode("crash-node-2.log");

      // ---- every acknowledged request is in the database, once
      Set<Long> runCommissioners = applicants.values().stream().map(Commissioner::getId).collect(Collectors.toSet());
      String inRun = runCommissioners.stream().map(String::valueOf).collect(Collectors.joining(","));
      int found = 0;
      for (Map.Entry<String, Commissioner> a : started.entrySet()) {
        List<Map<String, Object>> rows = jdbc.queryForList(
            "select commissioner_id, status from expert_application where process_instance_id = ?", a.getKey());
        assertThat(rows).as("acknowledged application %s", a.getKey()).hasSize(1);
        assertThat(((Number) rows.get(0).get("commissioner_id")).longValue()).isEqualTo(a.getValue().getId());
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(a.getKey()).count()).isOne();
        found++;
      }
      for (Map.Entry<String, String> d : decided.entrySet()) {
        String status = jdbc.queryForObject("select status from expert_application where process_instance_id = ?",
            String.class, d.getKey());
        assertThat(status).as("acknowledged decision on %s", d.getKey())
            .isEqualTo(APPROVE.equals(d.getValue()) ? "APPROVED" : "REJECTED");
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(d.getKey())
            .taskDefinitionKey(REVIEW_TASK).finished().count()).isOne();
        found++;
      }
      for (String instance : claimed) {
        // the review task, open or completed (its completion may have committed without an answer)
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance)
            .taskDefinitionKey(REVIEW_TASK).singleResult().getAssignee()).as("acknowledged claim of %s", instance)
            .isEqualTo(city);
        found++;
      }
      for (String record : logged) {
        List<String> statuses = jdbc.queryForList("select status from service_record where process_instance_id = ?",
            String.class, record);
        assertThat(statuses).as("acknowledged service record %s", record).hasSize(1);
        found++;
        if (confirmed.contains(record)) {
          assertThat(statuses.get(0)).as("acknowledged confirmation of %s", record).isEqualTo("CONFIRMED");
          assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(record).singleResult().getState())
              .isEqualTo("COMPLETED");
          found++;
        }
      }
      String dispatchIds = dispatches.stream().map(d -> String.valueOf(d.getId())).collect(Collectors.joining(","));
      int duplicates = jdbc.queryForObject("select count(*) from (select commissioner_id from expert_application"
          + " where commissioner_id in (" + inRun + ") group by commissioner_id having count(*) > 1) d", Integer.class);
      duplicates += jdbc.queryForObject("select count(*) from (select e.process_instance_id from expert_application e"
          + " join ACT_HI_TASKINST t on t.PROC_INST_ID_ = e.process_instance_id and t.TASK_DEF_KEY_ = ?"
          + " where e.commissioner_id in (" + inRun + ") group by e.process_instance_id having count(*) > 1) d",
          Integer.class, REVIEW_TASK);
      duplicates += jdbc.queryForObject("select count(*) from (select commissioner_id from expert_membership"
          + " where commissioner_id in (" + inRun + ") group by commissioner_id having count(*) > 1) d", Integer.class);
      duplicates += jdbc.queryForObject("select count(*) from (select dispatch_id, start_date from service_record"
          + " where dispatch_id in (" + dispatchIds + ") group by dispatch_id, start_date having count(*) > 1) d",
          Integer.class);
      assertThat(duplicates).as("applications, reviews or memberships recorded twice").isZero();

      // ---- rows and engine agree, before anything moves on
      List<Map<String, Object>> rows = jdbc.queryForList("select process_instance_id, commissioner_id, status"
          + " from expert_application where commissioner_id in (" + inRun + ")");
      Set<String> runInstances = rows.stream().map(r -> (String) r.get("process_instance_id")).collect(Collectors.toSet());
      for (Commissioner c : applicants.values()) {
        for (HistoricProcessInstance h : historyService.createHistoricProcessInstanceQuery()
            .processDefinitionKey(PROCESS_KEY).startedBy(c.getUserId()).list()) {
          assertThat(runInstances).as("the case %s of %s has its application row", h.getId(), c.getUserId())
              .contains(h.getId());
        }
      }
      for (Map<String, Object> row : rows) {
        assertAgree((String) row.get("process_instance_id"), (String) row.get("status"));
      }

      // ---- every case resumes: its open task is there and moves on over REST
      int resumed = 0;
      for (Map<String, Object> row : rows) {
        String instance = (String) row.get("process_instance_id");
        Task open = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        if (open == null) {
          continue;
        }
        if (REVIEW_TASK.equals(open.getTaskDefinitionKey())) {
          if (open.getAssignee() == null) {
            assertThat(send("POST", "/engine-rest/task/" + open.getId() + "/claim", city, TestData.PASSWORD,
                Map.of("userId", city)).statusCode()).isEqualTo(204);
          }
          assertThat(send("POST", "/engine-rest/task/" + open.getId() + "/complete", city, TestData.PASSWORD,
              Map.of("variables", decision(APPROVE))).statusCode()).as("review of %s after the restart", instance)
              .isEqualTo(204);
        } else {
          String applicant = open.getAssignee();
          assertThat(send("POST", "/engine-rest/task/" + open.getId() + "/complete", applicant, TestData.PASSWORD,
              Map.of()).statusCode()).as("rejection notice of %s after the restart", instance).isEqualTo(204);
        }
        resumed++;
      }
      List<Map<String, Object>> records = jdbc.queryForList("select process_instance_id, status, dispatch_id from service_record"
          + " where dispatch_id in (" + dispatchIds + ")");
      for (Map<String, Object> record : records) {
        String instance = (String) record.get("process_instance_id");
        HistoricProcessInstance history = historyService.createHistoricProcessInstanceQuery().processInstanceId(instance)
            .singleResult();
        assertThat(history).as("the case of service record %s", instance).isNotNull();
        if ("PENDING".equals(record.get("status"))) {
          Task confirm = taskService.createTaskQuery().processInstanceId(instance).singleResult();
          assertThat(confirm).as("the pending service record %s has its confirmation task", instance).isNotNull();
          long dispatch = ((Number) record.get("dispatch_id")).longValue();
          String contact = servedBy.get(dispatches.stream().map(Dispatch::getId).toList().indexOf(dispatch))
              .getContactUserId();
          assertThat(send("POST", "/engine-rest/task/" + confirm.getId() + "/complete", contact, TestData.PASSWORD,
              Map.of("variables", confirmation())).statusCode()).as("confirmation of %s after the restart", instance)
              .isEqualTo(204);
          resumed++;
        } else {
          assertThat(record.get("status")).isEqualTo("CONFIRMED");
          assertThat(history.getState()).as(instance).isEqualTo("COMPLETED");
        }
      }
      for (String instance : runInstances) {
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getState())
            .as("case %s ran to its end after the restart", instance).isEqualTo("COMPLETED");
      }
      List<Map<String, Object>> after = jdbc.queryForList("select process_instance_id, status"
          + " from expert_application where commissioner_id in (" + inRun + ")");
      for (Map<String, Object> row : after) {
        assertAgree((String) row.get("process_instance_id"), (String) row.get("status"));
      }

      // ---- the jobs the killed node held are taken over once their lock expires
      long deadline = killedAt + Duration.ofMillis(LOCK_TIME_MILLIS + 90_000).toNanos();
      while (historyService.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(probes)).finished().count()
          < probes.size()) {
        assertThat(System.nanoTime()).as("the probe jobs ran within the lock time after the kill").isLessThan(deadline);
        Thread.sleep(500);
      }
      double takenOver = (System.nanoTime() - killedAt) / 1e9;

      Set<String> all = new java.util.HashSet<>(runInstances);
      records.forEach(r -> all.add((String) r.get("process_instance_id")));
      all.addAll(probes);
      long incidents = all.stream().mapToLong(i -> runtimeService.createIncidentQuery().processInstanceId(i).count()).sum();
      incidents += jdbc.queryForObject("select count(*) from ACT_HI_INCIDENT where PROC_INST_ID_ in ("
          + all.stream().map(i -> "'" + i + "'").collect(Collectors.joining(",")) + ")", Long.class);
      assertThat(incidents).as("incidents of these cases").isZero();

      System.out.printf("[crash] after the restart: %d expert applications and %d service records, %d open cases resumed over REST and ran to their end;"
              + " %d probe jobs locked by the killed node, all probes done %.1f s after the kill (lock time %d s)%n",
          runInstances.size(), records.size(), resumed, lockedAtKill.size(), takenOver, LOCK_TIME_MILLIS / 1000);
      System.out.printf("[crash] start-up to the first authenticated answer (GET /api/districts as admin → 200):"
          + " first start %.1f s, restart after kill -9 %.1f s (bare engine not measured)%n", firstStart, restart);
      System.out.printf("CRASH MariaDB: acknowledged=%d found=%d duplicates=%d resumed=%d incidents=%d restart=%.1f s"
          + " first-start=%.1f s%n", started.size() + claimed.size() + decided.size() + logged.size() + confirmed.size(), found, duplicates, resumed, incidents, restart,
          firstStart);
    } finally {
      stopNode();
      repositoryService.deleteDeployment(probeDeployment, true, true);
    }
  }

  /** The application row's status and its process instance tell the same story. */
  private void assertAgree(String instance, String status) {
    HistoricProcessInstance history = historyService.createHistoricProcessInstanceQuery().processInstanceId(instance)
        .singleResult();
    assertThat(history).as("the case %s of an application row", instance).isNotNull();
    Task open = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    Integer memberships = jdbc.queryForObject("select count(*) from expert_membership where process_instance_id = ?",
        Integer.class, instance);
    switch (status) {
      case "PENDING" -> {
        assertThat(history.getState()).as(instance).isEqualTo("ACTIVE");
        assertThat(open).as("the pending application %s has its review task", instance).isNotNull();
        assertThat(open.getTaskDefinitionKey()).isEqualTo(REVIEW_TASK);
        assertThat(memberships).isZero();
      }
      case "APPROVED" -> {
        assertThat(history.getState()).as(instance).isEqualTo("COMPLETED");
        assertThat(memberships).as("the approved application %s has its membership", instance).isOne();
      }
      case "REJECTED" -> {
        assertThat(memberships).isZero();
        if (open != null) {
          assertThat(open.getTaskDefinitionKey()).as(instance).isNotEqualTo(REVIEW_TASK);
          assertThat(history.getState()).isEqualTo("ACTIVE");
        } else {
          assertThat(history.getState()).as(instance).isEqualTo("COMPLETED");
        }
      }
      default -> throw new AssertionError("application of " + instance + " is " + status);
    }
  }

  private static Map<String, Object> confirmation() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(ServiceRecordContract.RECORD_DECISION.name(), Map.of("value", ServiceRecordContract.CONFIRM));
    return variables;
  }

  private static Map<String, Object> decision(String decision) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(REVIEW_DECISION.name(), Map.of("value", decision));
    if (REJECT.equals(decision)) {
      variables.put(REJECTION_REASON.name(), Map.of("value", "业绩材料不足"));
    }
    return variables;
  }

  /** Starts the application in its own JVM; returns the seconds to its first authenticated answer. */
  private double startNode(String logName) throws Exception {
    node = AppNode.named(logName.replace(".log", "")).log(Path.of("target", logName)).jvm("-Xmx768m")
        .property("camunda.bpm.job-execution.lock-time-in-millis", LOCK_TIME_MILLIS)
        .property("spring.datasource.hikari.minimum-idle", 2)
        .startWithin(Duration.ofSeconds(180)).start();
    return node.startupSeconds();
  }

  private HttpResponse<String> send(String method, String path, String user, String password, Object body)
      throws IOException, InterruptedException {
    return node.call(method, path, user, password, body);
  }
}
