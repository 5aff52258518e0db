package cn.suzhou.shuanglian.history;

import cn.suzhou.shuanglian.agreement.AgreementSigningContract;
import cn.suzhou.shuanglian.evaluation.EvaluationSchemeContract;
import cn.suzhou.shuanglian.expert.ExpertApplicationContract;
import cn.suzhou.shuanglian.misconduct.MisconductContract;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.project.ProjectApplicationContract;
import cn.suzhou.shuanglian.servicerecord.ServiceRecordContract;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills a database with the history of many finished cases and with many open ones, for "history at
 * scale" (issue 14; docs/history-at-scale.md). Sizes: {@code -Dfinished=} (default 100,000 cases) and
 * {@code -Dopen=} (default 10,000); {@code -Dthreads=} (default 2); database as {@link BenchApp}.
 *
 * <p><b>Open cases</b> go through the engine's Java API: each is started at the user task where such
 * a case waits (service-record confirmation, misconduct investigation, agreement signing, expert and
 * project reviews, scheme approval) with the variables its contract defines, with listeners and I/O
 * mappings skipped — so runtime rows, task authorizations, identity links and their history are
 * written by the engine itself, as for a real case; start times are spread over the last 90 days by
 * moving the engine clock.
 *
 * <p><b>Finished cases</b> are written as history rows in JDBC batches: 100,000 cases through the
 * engine with their delegates would need the whole chain of domain records behind every case (round,
 * match, agreement, dispatch for each service record) and took too long on 2 shared cores. Each case
 * is written along a real path of its process (the deployed definition's ids, activity ids and names):
 * process instance, activity instances, task instances with their candidate-group and assignee
 * identity links, and a few variables — with the removal time the engine would set (strategy
 * {@code start}: the root's start plus the root definition's {@code historyTimeToLive}; called
 * yearly evaluations inherit their dispatch's). Subprocess scopes are not modelled (every activity's
 * parent is the process instance). No domain rows are written for them: the domain keeps its own
 * records, and the measured queries read the engine's tables only.
 *
 * <p>Run: {@code ./mvnw -q -B -ntp -Pbench compile exec:java -Dbench=cn.suzhou.shuanglian.history.HistoryGenerator
 * -Ddb=mariadb -Dfinished=100000 -Dopen=10000}
 */
public final class HistoryGenerator {

  /** Share of each district's cases (埇桥区 is the city's core and the largest; the parks the smallest). */
  static final Map<String, Double> DISTRICT_WEIGHT = Map.of("341302", 0.28, "341321", 0.14, "341322", 0.14,
      "341323", 0.13, "341324", 0.13, "SZETDZ", 0.07, "SZHTZ", 0.06, "SMPARK", 0.05);

  /** The programme's first round (P-01): no case is older. */
  static final LocalDate FIRST_DAY = LocalDate.of(2023, 3, 1);

  record District(String code, String name, double weight) {}

  record Person(String userId, String name, String sourceUnitCode) {}

  record Enterprise(String creditCode, String name, String districtCode, String contactUserId) {}

  private final ProcessEngine engine;
  private final DataSource dataSource;
  private final List<District> districts = new ArrayList<>();
  private final List<Person> commissioners = new ArrayList<>();
  private final Map<String, List<Enterprise>> enterprises = new HashMap<>();
  private final Map<String, ProcessDefinition> definitions = new HashMap<>();
  private final Map<String, BpmnModelInstance> models = new java.util.concurrent.ConcurrentHashMap<>();
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private final Map<String, AtomicInteger> finishedByProcess = new java.util.concurrent.ConcurrentSkipListMap<>();
  private final Map<String, AtomicInteger> byDistrict = new java.util.concurrent.ConcurrentSkipListMap<>();
  private final Map<Integer, AtomicInteger> byYear = new java.util.concurrent.ConcurrentSkipListMap<>();

  HistoryGenerator(ConfigurableApplicationContext context) {
    this.engine = context.getBean(ProcessEngine.class);
    this.dataSource = context.getBean(DataSource.class);
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.query("select code, name from district where active = true order by sort_order", rs -> {
      districts.add(new District(rs.getString(1), rs.getString(2), DISTRICT_WEIGHT.getOrDefault(rs.getString(1), 0.05)));
    });
    jdbc.query("select user_id, name, source_unit_code from commissioner order by id",
        rs -> { commissioners.add(new Person(rs.getString(1), rs.getString(2), rs.getString(3))); });
    jdbc.query("select credit_code, name, district_code, contact_user_id from enterprise order by id", rs -> {
      Enterprise e = new Enterprise(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
      enterprises.computeIfAbsent(e.districtCode(), k -> new ArrayList<>()).add(e);
    });
    if (districts.isEmpty() || commissioners.isEmpty() || enterprises.isEmpty()) {
      throw new IllegalStateException("no districts, commissioners or enterprises: run with the demo records");
    }
    for (ProcessDefinition d : engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()) {
      definitions.put(d.getKey(), d);
    }
  }

  public static void main(String[] args) throws Exception {
    int finished = Integer.getInteger("finished", 100_000);
    int open = Integer.getInteger("open", 10_000);
    int threads = Integer.getInteger("threads", 2);
    int status = 0;
    try (ConfigurableApplicationContext context = BenchApp.start()) {
      HistoryGenerator generator = new HistoryGenerator(context);
      long t0 = System.nanoTime();
      generator.open(open, threads);
      long t1 = System.nanoTime();
      generator.finished(finished, threads);
      long t2 = System.nanoTime();
      generator.report(finished, open, Duration.ofNanos(t2 - t1), Duration.ofNanos(t1 - t0));
    } catch (Throwable e) {
      e.printStackTrace();
      status = 1;
    }
    System.exit(status);
  }

  // ------------------------------------------------------------------ picking

  District district(Random random) {
    double r = random.nextDouble() * districts.stream().mapToDouble(District::weight).sum();
    for (District d : districts) {
      r -= d.weight();
      if (r <= 0) {
        return d;
      }
    }
    return districts.get(districts.size() - 1);
  }

  Enterprise enterprise(Random random, String districtCode) {
    List<Enterprise> list = enterprises.getOrDefault(districtCode, enterprises.values().iterator().next());
    return list.get(random.nextInt(list.size()));
  }

  Person commissioner(Random random) {
    return commissioners.get(random.nextInt(commissioners.size()));
  }

  static String cityOfficial(Random random) {
    return random.nextBoolean() ? "city.li" : "city.wang";
  }

  /** A start between the programme's first day and {@code latestAgo} before now, later years a little busier. */
  Instant start(Random random, Duration latestAgo) {
    long from = FIRST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC).getEpochSecond();
    long to = now.minus(latestAgo).getEpochSecond();
    double u = Math.sqrt(random.nextDouble()); // density growing with time: the programme grows
    return Instant.ofEpochSecond(from + (long) (u * (to - from)));
  }

  // ------------------------------------------------------------------ finished cases (history rows)

  void finished(int total, int threads) throws Exception {
    if (total <= 0) {
      return;
    }
    int families = total / 10 / 3;             // commissionerDispatch + its two yearly evaluations: 10 %
    int projects = total * 3 / 100;
    int experts = total * 4 / 100;
    int misconduct = total * 6 / 1000;
    int schemes = total * 4 / 1000;
    int records = total - families * 3 - projects - experts - misconduct - schemes;
    List<Runnable> parts = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    for (int i = 0; i < records; i++) {
      kinds.add("serviceRecord");
    }
    for (int i = 0; i < families; i++) {
      kinds.add("commissionerDispatch");
    }
    for (int i = 0; i < projects; i++) {
      kinds.add("projectApplication");
    }
    for (int i = 0; i < experts; i++) {
      kinds.add("expertPoolApplication");
    }
    for (int i = 0; i < misconduct; i++) {
      kinds.add("misconductCase");
    }
    for (int i = 0; i < schemes; i++) {
      kinds.add("evaluationScheme");
    }
    java.util.Collections.shuffle(kinds, new Random(7));
    ExecutorService pool = Executors.newFixedThreadPool(threads, BenchApp::daemon);
    AtomicInteger done = new AtomicInteger();
    List<Future<?>> futures = new ArrayList<>();
    int chunk = (kinds.size() + threads - 1) / threads;
    for (int t = 0; t < threads; t++) {
      List<String> mine = kinds.subList(Math.min(kinds.size(), t * chunk), Math.min(kinds.size(), (t + 1) * chunk));
      long seed = 1000 + t;
      futures.add(pool.submit(() -> {
        writeFinished(mine, new Random(seed), done, kinds.size());
        return null;
      }));
    }
    try {
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private void writeFinished(List<String> kinds, Random random, AtomicInteger done, int total) throws SQLException {
    try (Connection connection = dataSource.getConnection(); HistoryRows rows = new HistoryRows(connection)) {
      connection.setAutoCommit(false);
      int n = 0;
      for (String kind : kinds) {
        switch (kind) {
          case "serviceRecord" -> serviceRecord(rows, random);
          case "commissionerDispatch" -> dispatchFamily(rows, random);
          case "projectApplication" -> project(rows, random);
          case "expertPoolApplication" -> expert(rows, random);
          case "misconductCase" -> misconduct(rows, random);
          default -> scheme(rows, random);
        }
        if (++n % 500 == 0) {
          rows.flush();
          connection.commit();
          int all = done.addAndGet(500);
          if (all % 10_000 == 0) {
            System.out.printf("  … %,d of %,d finished cases written%n", all, total);
          }
        }
      }
      rows.flush();
      connection.commit();
    }
  }

  private Case begin(HistoryRows rows, String key, Instant start, Case root, String businessKey, District district) {
    Case c = new Case(rows, definitions.get(key), models.computeIfAbsent(key,
        k -> engine.getRepositoryService().getBpmnModelInstance(definitions.get(k).getId())), start, root, businessKey);
    finishedByProcess.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    byDistrict.computeIfAbsent(district.name(), k -> new AtomicInteger()).incrementAndGet();
    byYear.computeIfAbsent(start.atZone(ZoneOffset.UTC).getYear(), k -> new AtomicInteger()).incrementAndGet();
    return c;
  }

  private void serviceRecord(HistoryRows rows, Random random) throws SQLException {
    District d = district(random);
    Enterprise e = enterprise(random, d.code());
    Person p = commissioner(random);
    Instant start = start(random, Duration.ofDays(14));
    int days = 1 + random.nextInt(5);
    LocalDate from = start.atZone(ZoneOffset.UTC).toLocalDate().minusDays(days + random.nextInt(10));
    Case c = begin(rows, "serviceRecord", start, null, "SR-" + (1 + random.nextInt(400)) + "-" + random.nextInt(1_000_000), d);
    c.var(ServiceRecordContract.CASE_TITLE.name(), p.name() + " · " + e.name() + " · " + days + "天（" + from + "）");
    c.var(ServiceRecordContract.DISTRICT_CODE.name(), d.code());
    c.var(ServiceRecordContract.DISTRICT_NAME.name(), d.name());
    c.var(ServiceRecordContract.APPLICANT_NAME.name(), p.name());
    c.var(ServiceRecordContract.ENTERPRISE_NAME.name(), e.name());
    c.var(ServiceRecordContract.CREDIT_CODE.name(), e.creditCode());
    c.var(ServiceRecordContract.COMMISSIONER_USER_ID.name(), p.userId());
    c.var(ServiceRecordContract.DAYS.name(), (long) days);
    c.starter(p.userId()).step("StartEvent_ServiceLogged").step("Activity_ValidateServiceRecord");
    String confirmer = e.contactUserId();
    c.task("Activity_ConfirmServiceRecord", confirmer != null ? confirmer : "yq.zhao",
        confirmer != null ? null : Groups.district(d.code()), Duration.ofHours(2 + random.nextInt(120)));
    c.step("Gateway_RecordDecision");
    boolean disputed = random.nextInt(100) < 6;
    c.var(ServiceRecordContract.RECORD_DECISION.name(), disputed ? "DISPUTE" : "CONFIRM");
    if (disputed) {
      c.task("Activity_AcknowledgeDispute", p.userId() != null ? p.userId() : null,
          p.userId() != null ? null : Groups.district(d.code()), Duration.ofHours(4 + random.nextInt(72)));
      c.end("EndEvent_Disputed");
    } else {
      c.end("EndEvent_Confirmed");
    }
  }

  private void dispatchFamily(HistoryRows rows, Random random) throws SQLException {
    District d = district(random);
    Person p = commissioner(random);
    Instant start = start(random, Duration.ofDays(2 * 365 + 40));
    Case dispatch = begin(rows, "commissionerDispatch", start, null,
        "宿科协〔" + start.atZone(ZoneOffset.UTC).getYear() + "〕" + d.code() + "-" + (1 + random.nextInt(12)) + " "
            + p.name() + "@" + d.name(), d);
    dispatch.var(AgreementSigningContract.CASE_TITLE.name(), p.name() + " · " + d.name() + " · 派驻期两年");
    dispatch.var(AgreementSigningContract.DISTRICT_CODE.name(), d.code());
    dispatch.var(AgreementSigningContract.DISTRICT_NAME.name(), d.name());
    dispatch.var(AgreementSigningContract.APPLICANT_NAME.name(), p.name());
    dispatch.var(AgreementSigningContract.COMMISSIONER_USER_ID.name(), p.userId());
    dispatch.step("StartEvent_DispatchStarted").step("Activity_RegisterDispatch");
    for (int year = 1; year <= 2; year++) {
      dispatch.wait("Event_YearEnds", Duration.ofDays(365));
      Instant evaluationStart = dispatch.time;
      Case evaluation = begin(rows, "yearlyEvaluation", evaluationStart, dispatch, null, d);
      dispatch.call("Activity_YearlyEvaluation", evaluation);
      evaluation.var(AgreementSigningContract.CASE_TITLE.name(), p.name() + " · " + d.name() + " · 第 " + year + " 服务年度考核");
      evaluation.var(AgreementSigningContract.DISTRICT_NAME.name(), d.name());
      evaluation.var(AgreementSigningContract.APPLICANT_NAME.name(), p.name());
      evaluation.step("StartEvent_EvaluationStarted").step("Gateway_MergeScheme").step("Activity_OpenEvaluation")
          .step("Gateway_SchemeReady");
      evaluation.task("Activity_CommissionerSummary", p.userId(), p.userId() == null ? Groups.district(d.code()) : null,
          Duration.ofDays(1 + random.nextInt(7)));
      evaluation.task("Activity_RateSatisfaction", null, Groups.district(d.code()), Duration.ofDays(1 + random.nextInt(5)));
      evaluation.step("Gateway_MergeScore");
      evaluation.task("Activity_ScoreEvaluation", "yq.zhao", Groups.district(d.code()), Duration.ofDays(1 + random.nextInt(7)));
      evaluation.step("Activity_Grade").step("Activity_RecordGrade");
      evaluation.task("Activity_ApproveEvaluation", cityOfficial(random), Groups.CITY, Duration.ofDays(1 + random.nextInt(5)));
      evaluation.step("Gateway_Approved").step("Gateway_Unqualified");
      evaluation.task("Activity_AcknowledgeResult", null, Groups.sourceUnit(p.sourceUnitCode()), Duration.ofDays(1 + random.nextInt(5)));
      evaluation.end("EndEvent_Evaluated");
      dispatch.returned(evaluation);
    }
    dispatch.step("Gateway_Grade").step("Activity_CompleteDispatch").end("EndEvent_Completed");
  }

  private void project(HistoryRows rows, Random random) throws SQLException {
    District d = district(random);
    Enterprise e = enterprise(random, d.code());
    Person p = commissioner(random);
    Instant start = start(random, Duration.ofDays(120));
    int year = start.atZone(ZoneOffset.UTC).getYear();
    Case c = begin(rows, "projectApplication", start, null, String.format("宿双链项〔%d〕%04d", year, random.nextInt(10_000)), d);
    c.var(ProjectApplicationContract.CASE_TITLE.name(), p.name() + " · " + e.name() + " · 联合申报科技项目");
    c.var(ProjectApplicationContract.DISTRICT_CODE.name(), d.code());
    c.var(ProjectApplicationContract.DISTRICT_NAME.name(), d.name());
    c.var(ProjectApplicationContract.APPLICANT_NAME.name(), p.name());
    c.var(ProjectApplicationContract.ENTERPRISE_NAME.name(), e.name());
    c.var(ProjectApplicationContract.APPLICATION_YEAR.name(), (long) year);
    c.starter(p.userId()).step("StartEvent_ProjectFiled").step("Activity_ValidateProjectApplication")
        .step("StartEvent_IntakeStarted");
    c.task("Activity_ConfirmJointFiling", e.contactUserId(), e.contactUserId() == null ? Groups.district(d.code()) : null,
        Duration.ofDays(1 + random.nextInt(5)));
    c.step("Gateway_JointAnswer");
    c.task("Activity_CheckConditions", cityOfficial(random), Groups.CITY, Duration.ofDays(1 + random.nextInt(8)));
    c.step("EndEvent_IntakeDone").step("Gateway_ConditionsMet").step("Gateway_MergeDraw").step("Activity_DrawReviewers")
        .step("Gateway_ReviewersEnough");
    for (int i = 0; i < 3; i++) {
      c.task("Activity_ExpertReview", commissioner(random).userId(), null, Duration.ofDays(2 + random.nextInt(10)));
    }
    c.step("Activity_SummariseReviews");
    c.task("Activity_DecideProject", cityOfficial(random), Groups.CITY, Duration.ofDays(3 + random.nextInt(20)));
    c.step("Gateway_MergeResult");
    c.task("Activity_NotifyApplicant", p.userId(), p.userId() == null ? Groups.district(d.code()) : null, Duration.ofDays(1));
    c.end("EndEvent_Done");
  }

  private void expert(HistoryRows rows, Random random) throws SQLException {
    District d = district(random);
    Person p = commissioner(random);
    Instant start = start(random, Duration.ofDays(30));
    Case c = begin(rows, "expertPoolApplication", start, null,
        "EXP-" + start.atZone(ZoneOffset.UTC).getYear() + "-" + (1 + random.nextInt(400)), d);
    c.var(ExpertApplicationContract.CASE_TITLE.name(), p.name() + " · 专家库入库申请");
    c.var(ExpertApplicationContract.APPLICANT_NAME.name(), p.name());
    c.var(ExpertApplicationContract.APPLICANT_USER_ID.name(), p.userId());
    c.starter(p.userId()).step("StartEvent_ApplicationSubmitted").step("Activity_ValidateApplication");
    c.task("Activity_ReviewApplication", cityOfficial(random), Groups.CITY, Duration.ofDays(1 + random.nextInt(15)));
    c.step("Gateway_ReviewDecision");
    if (random.nextInt(100) < 80) {
      c.var(ExpertApplicationContract.REVIEW_DECISION.name(), "APPROVE");
      c.step("Activity_RecordMembership").end("EndEvent_Admitted");
    } else {
      c.var(ExpertApplicationContract.REVIEW_DECISION.name(), "REJECT");
      c.task("Activity_AcknowledgeRejection", p.userId(), null, Duration.ofDays(1 + random.nextInt(4)));
      c.end("EndEvent_Rejected");
    }
  }

  private void misconduct(HistoryRows rows, Random random) throws SQLException {
    District d = district(random);
    Person p = commissioner(random);
    Instant start = start(random, Duration.ofDays(70));
    Case c = begin(rows, "misconductCase", start, null, "违纪-" + (1 + random.nextInt(400)) + "-" + (1 + random.nextInt(9)), d);
    c.var(MisconductContract.CASE_TITLE.name(), p.name() + " · " + d.name() + " · 违纪处理");
    c.var(MisconductContract.DISTRICT_CODE.name(), d.code());
    c.var(MisconductContract.DISTRICT_NAME.name(), d.name());
    c.var(MisconductContract.COMMISSIONER_NAME.name(), p.name());
    c.starter("yq.zhao").step("StartEvent_MisconductReported").step("Activity_ValidateReport");
    c.task("Activity_Investigate", "yq.zhao", Groups.district(d.code()), Duration.ofDays(5 + random.nextInt(25)));
    c.task("Activity_DecideMisconduct", cityOfficial(random), Groups.CITY, Duration.ofDays(2 + random.nextInt(12)));
    c.step("Activity_ApplyDecision").step("Gateway_InformSourceUnit");
    c.task("Activity_InformReporter", "yq.zhao", null, Duration.ofDays(1 + random.nextInt(3)));
    c.end("EndEvent_ReporterInformed");
  }

  private void scheme(HistoryRows rows, Random random) throws SQLException {
    District d = district(random);
    Instant start = start(random, Duration.ofDays(30));
    Case c = begin(rows, "evaluationScheme", start, null, "KP-" + d.code() + "-" + (1 + random.nextInt(20)), d);
    c.var(EvaluationSchemeContract.CASE_TITLE.name(), "考核评价制度报审：" + d.name());
    c.var(EvaluationSchemeContract.DISTRICT_CODE.name(), d.code());
    c.var(EvaluationSchemeContract.DISTRICT_NAME.name(), d.name());
    c.starter("yq.zhao").step("StartEvent_SchemeSubmitted").step("Activity_CheckSchemeWeights").step("Gateway_MergeToReview");
    c.task("Activity_ReviewScheme", cityOfficial(random), Groups.CITY, Duration.ofDays(1 + random.nextInt(10)));
    c.step("Gateway_SchemeDecision").step("Activity_ActivateScheme").end("EndEvent_SchemeInForce");
  }

  /** One finished process instance being written, its clock moving along its path. */
  final class Case {
    final HistoryRows rows;
    final ProcessDefinition definition;
    final BpmnModelInstance model;
    final String id = UUID.randomUUID().toString();
    final Case root;
    final Instant start;
    final Timestamp removal;
    final String businessKey;
    Instant time;
    String starter;
    String callActivityInstance;
    long sequence;

    Case(HistoryRows rows, ProcessDefinition definition, BpmnModelInstance model, Instant start, Case root,
        String businessKey) {
      this.rows = rows;
      this.definition = definition;
      this.model = model;
      this.start = start;
      this.time = start;
      this.root = root;
      this.businessKey = businessKey;
      Integer ttl = root == null ? definition.getHistoryTimeToLive() : null;
      this.removal = root != null ? root.removal : ttl == null ? null : ts(start.plus(Duration.ofDays(ttl)));
    }

    String rootId() {
      return root == null ? id : root.id;
    }

    Case starter(String userId) {
      this.starter = userId;
      return this;
    }

    private String nameOf(String activityId) {
      FlowElement element = model.getModelElementById(activityId);
      if (element == null) {
        throw new IllegalArgumentException(definition.getKey() + " has no element " + activityId);
      }
      return element.getName();
    }

    private String typeOf(String activityId) {
      String type = ((FlowElement) model.getModelElementById(activityId)).getElementType().getTypeName();
      return switch (type) {
        case "endEvent" -> "noneEndEvent";
        case "intermediateCatchEvent" -> "intermediateTimer";
        default -> type;
      };
    }

    Case step(String activityId) throws SQLException {
      Instant end = time.plusMillis(20 + (activityId.hashCode() & 0xff));
      rows.activity(this, UUID.randomUUID().toString(), activityId, nameOf(activityId), typeOf(activityId), null, null,
          null, time, end, ++sequence);
      time = end;
      return this;
    }

    Case wait(String activityId, Duration duration) throws SQLException {
      Instant end = time.plus(duration);
      rows.activity(this, UUID.randomUUID().toString(), activityId, nameOf(activityId), typeOf(activityId), null, null,
          null, time, end, ++sequence);
      time = end;
      return this;
    }

    Case task(String activityId, String assignee, String candidateGroup, Duration duration) throws SQLException {
      String taskId = UUID.randomUUID().toString();
      String activityInstanceId = UUID.randomUUID().toString();
      Instant end = time.plus(duration);
      rows.activity(this, activityInstanceId, activityId, nameOf(activityId), "userTask", taskId, null, assignee, time, end,
          ++sequence);
      rows.task(this, taskId, activityInstanceId, activityId, nameOf(activityId), assignee, time, end);
      if (candidateGroup != null) {
        rows.identityLink(this, taskId, "candidate", null, candidateGroup, time);
      }
      if (assignee != null) {
        rows.identityLink(this, taskId, "assignee", assignee, null, time.plusSeconds(60));
      }
      time = end;
      return this;
    }

    void call(String activityId, Case child) throws SQLException {
      callActivityInstance = UUID.randomUUID().toString();
      child.superId = id;
    }

    void returned(Case child) throws SQLException {
      rows.activity(this, callActivityInstance, "Activity_YearlyEvaluation", nameOf("Activity_YearlyEvaluation"),
          "callActivity", null, child.id, null, child.start, child.time, ++sequence);
      time = child.time;
    }

    String superId;

    void end(String endActivityId) throws SQLException {
      step(endActivityId);
      rows.process(this, endActivityId);
    }

    void var(String name, Object value) throws SQLException {
      rows.variable(this, name, value);
    }
  }

  static Timestamp ts(Instant instant) {
    return Timestamp.from(instant);
  }

  /** The batched inserts of one thread's connection. */
  static final class HistoryRows implements AutoCloseable {
    private final PreparedStatement process;
    private final PreparedStatement activity;
    private final PreparedStatement task;
    private final PreparedStatement variable;
    private final PreparedStatement link;
    long rowCount;

    HistoryRows(Connection connection) throws SQLException {
      process = connection.prepareStatement("insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_,"
          + " PROC_DEF_ID_, START_TIME_, END_TIME_, REMOVAL_TIME_, DURATION_, START_USER_ID_, START_ACT_ID_, END_ACT_ID_,"
          + " SUPER_PROCESS_INSTANCE_ID_, ROOT_PROC_INST_ID_, STATE_) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
      activity = connection.prepareStatement("insert into ACT_HI_ACTINST (ID_, PARENT_ACT_INST_ID_, PROC_DEF_KEY_,"
          + " PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, TASK_ID_, CALL_PROC_INST_ID_,"
          + " ACT_NAME_, ACT_TYPE_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, ACT_INST_STATE_, SEQUENCE_COUNTER_,"
          + " REMOVAL_TIME_) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
      task = connection.prepareStatement("insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_,"
          + " ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_, ACT_INST_ID_, NAME_, ASSIGNEE_, START_TIME_, END_TIME_,"
          + " DURATION_, DELETE_REASON_, PRIORITY_, REMOVAL_TIME_, TASK_STATE_) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
      variable = connection.prepareStatement("insert into ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_,"
          + " ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_, ACT_INST_ID_, NAME_, VAR_TYPE_, CREATE_TIME_, REV_, LONG_,"
          + " TEXT_, STATE_, REMOVAL_TIME_) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
      link = connection.prepareStatement("insert into ACT_HI_IDENTITYLINK (ID_, TIMESTAMP_, TYPE_, USER_ID_, GROUP_ID_,"
          + " TASK_ID_, ROOT_PROC_INST_ID_, PROC_DEF_ID_, OPERATION_TYPE_, PROC_DEF_KEY_, REMOVAL_TIME_)"
          + " values (?,?,?,?,?,?,?,?,?,?,?)");
    }

    void process(Case c, String endActivityId) throws SQLException {
      process.setString(1, c.id);
      process.setString(2, c.id);
      process.setString(3, c.businessKey);
      process.setString(4, c.definition.getKey());
      process.setString(5, c.definition.getId());
      process.setTimestamp(6, ts(c.start));
      process.setTimestamp(7, ts(c.time));
      process.setTimestamp(8, c.removal);
      process.setLong(9, Duration.between(c.start, c.time).toMillis());
      process.setString(10, c.starter);
      process.setString(11, firstStart(c));
      process.setString(12, endActivityId);
      process.setString(13, c.superId);
      process.setString(14, c.rootId());
      process.setString(15, "COMPLETED");
      process.addBatch();
      rowCount++;
    }

    private static String firstStart(Case c) {
      return c.model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.StartEvent.class).stream()
          .filter(s -> s.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process)
          .map(FlowElement::getId).findFirst().orElse(null);
    }

    void activity(Case c, String id, String activityId, String name, String type, String taskId, String calledId,
        String assignee, Instant start, Instant end, long sequence) throws SQLException {
      activity.setString(1, id);
      activity.setString(2, c.id);
      activity.setString(3, c.definition.getKey());
      activity.setString(4, c.definition.getId());
      activity.setString(5, c.rootId());
      activity.setString(6, c.id);
      activity.setString(7, c.id);
      activity.setString(8, activityId);
      activity.setString(9, taskId);
      activity.setString(10, calledId);
      activity.setString(11, name);
      activity.setString(12, type);
      activity.setString(13, assignee);
      activity.setTimestamp(14, ts(start));
      activity.setTimestamp(15, ts(end));
      activity.setLong(16, Duration.between(start, end).toMillis());
      activity.setInt(17, 1);
      activity.setLong(18, sequence);
      activity.setTimestamp(19, c.removal);
      activity.addBatch();
      rowCount++;
    }

    void task(Case c, String id, String activityInstanceId, String activityId, String name, String assignee,
        Instant start, Instant end) throws SQLException {
      task.setString(1, id);
      task.setString(2, activityId);
      task.setString(3, c.definition.getKey());
      task.setString(4, c.definition.getId());
      task.setString(5, c.rootId());
      task.setString(6, c.id);
      task.setString(7, c.id);
      task.setString(8, activityInstanceId);
      task.setString(9, name);
      task.setString(10, assignee);
      task.setTimestamp(11, ts(start));
      task.setTimestamp(12, ts(end));
      task.setLong(13, Duration.between(start, end).toMillis());
      task.setString(14, "completed");
      task.setInt(15, 50);
      task.setTimestamp(16, c.removal);
      task.setString(17, "Completed");
      task.addBatch();
      rowCount++;
    }

    void variable(Case c, String name, Object value) throws SQLException {
      variable.setString(1, UUID.randomUUID().toString());
      variable.setString(2, c.definition.getKey());
      variable.setString(3, c.definition.getId());
      variable.setString(4, c.rootId());
      variable.setString(5, c.id);
      variable.setString(6, c.id);
      variable.setString(7, c.id);
      variable.setString(8, name);
      if (value instanceof Long number) {
        variable.setString(9, "long");
        variable.setLong(12, number);
        variable.setNull(13, Types.VARCHAR);
      } else {
        variable.setString(9, value == null ? "null" : "string");
        variable.setNull(12, Types.BIGINT);
        variable.setString(13, value == null ? null : value.toString());
      }
      variable.setTimestamp(10, ts(c.start));
      variable.setInt(11, 0);
      variable.setString(14, "CREATED");
      variable.setTimestamp(15, c.removal);
      variable.addBatch();
      rowCount++;
    }

    void identityLink(Case c, String taskId, String type, String userId, String groupId, Instant at) throws SQLException {
      link.setString(1, UUID.randomUUID().toString());
      link.setTimestamp(2, ts(at));
      link.setString(3, type);
      link.setString(4, userId);
      link.setString(5, groupId);
      link.setString(6, taskId);
      link.setString(7, c.rootId());
      link.setString(8, c.definition.getId());
      link.setString(9, "add");
      link.setString(10, c.definition.getKey());
      link.setTimestamp(11, c.removal);
      link.addBatch();
      rowCount++;
    }

    void flush() throws SQLException {
      process.executeBatch();
      activity.executeBatch();
      task.executeBatch();
      variable.executeBatch();
      link.executeBatch();
    }

    @Override
    public void close() throws SQLException {
      for (PreparedStatement s : List.of(process, activity, task, variable, link)) {
        s.close();
      }
    }
  }

  // ------------------------------------------------------------------ open cases (engine API)

  record OpenShape(String key, String activityId, int weight) {}

  static final List<OpenShape> OPEN = List.of(
      new OpenShape("serviceRecord", "Activity_ConfirmServiceRecord", 55),
      new OpenShape("serviceRecord", "Activity_AcknowledgeDispute", 5),
      new OpenShape("misconductCase", "Activity_Investigate", 3),
      new OpenShape("agreementSigning", "Activity_SignAgreement", 5),
      new OpenShape("expertPoolApplication", "Activity_ReviewApplication", 12),
      new OpenShape("projectApplication", "Activity_CheckConditions", 10),
      new OpenShape("projectApplication", "Activity_ConfirmJointFiling", 8),
      new OpenShape("evaluationScheme", "Activity_ReviewScheme", 2));

  private final Map<String, AtomicInteger> openByTask = new java.util.concurrent.ConcurrentSkipListMap<>();

  void open(int total, int threads) throws Exception {
    if (total <= 0) {
      return;
    }
    int batch = 100;
    int batches = (total + batch - 1) / batch;
    ExecutorService pool = Executors.newFixedThreadPool(threads, BenchApp::daemon);
    Random random = new Random(11);
    try {
      for (int b = 0; b < batches; b++) {
        // the engine clock: this batch's cases were started this long ago (the oldest 90 days)
        Instant at = now.minus(Duration.ofMinutes((long) (90 * 24 * 60 * (1 - (double) b / batches))));
        ClockUtil.setCurrentTime(Date.from(at));
        List<Future<?>> futures = new ArrayList<>();
        int size = Math.min(batch, total - b * batch);
        int perThread = (size + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
          int count = Math.max(0, Math.min(perThread, size - t * perThread));
          long seed = random.nextLong();
          futures.add(pool.submit(() -> {
            Random r = new Random(seed);
            for (int i = 0; i < count; i++) {
              startOpen(r);
            }
            return null;
          }));
        }
        for (Future<?> f : futures) {
          f.get();
        }
        if ((b + 1) % 20 == 0) {
          System.out.printf("  … %,d of %,d open cases started%n", Math.min(total, (b + 1) * batch), total);
        }
      }
    } finally {
      ClockUtil.reset();
      pool.shutdownNow();
    }
  }

  private OpenShape shape(Random random) {
    int r = random.nextInt(OPEN.stream().mapToInt(OpenShape::weight).sum());
    for (OpenShape s : OPEN) {
      r -= s.weight();
      if (r < 0) {
        return s;
      }
    }
    return OPEN.get(0);
  }

  private void startOpen(Random random) {
    OpenShape shape = shape(random);
    District d = district(random);
    Enterprise e = enterprise(random, d.code());
    Person p = commissioner(random);
    Date due = Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(10)));
    VariableMap vars = Variables.createVariables();
    String businessKey;
    switch (shape.key()) {
      case "serviceRecord" -> {
        int days = 1 + random.nextInt(5);
        businessKey = "SR-" + (1 + random.nextInt(400)) + "-" + random.nextInt(1_000_000);
        ServiceRecordContract.CASE_TITLE.in(vars, p.name() + " · " + e.name() + " · " + days + "天");
        ServiceRecordContract.DISTRICT_CODE.in(vars, d.code());
        ServiceRecordContract.DISTRICT_NAME.in(vars, d.name());
        ServiceRecordContract.APPLICANT_NAME.in(vars, p.name());
        ServiceRecordContract.ENTERPRISE_NAME.in(vars, e.name());
        ServiceRecordContract.CREDIT_CODE.in(vars, e.creditCode());
        ServiceRecordContract.DAYS.in(vars, (long) days);
        ServiceRecordContract.COMMISSIONER_USER_ID.in(vars, p.userId());
        // an enterprise with a login answers itself; for one without, its district does (P-14)
        ServiceRecordContract.CONFIRMER_USER_ID.in(vars, e.contactUserId());
        ServiceRecordContract.CONFIRMER_GROUP_ID.in(vars, e.contactUserId() == null ? Groups.district(d.code()) : null);
        ServiceRecordContract.CONFIRM_DUE_DATE.in(vars, due);
      }
      case "misconductCase" -> {
        businessKey = "违纪-" + (1 + random.nextInt(400)) + "-" + (1 + random.nextInt(9));
        MisconductContract.CASE_TITLE.in(vars, p.name() + " · " + d.name() + " · 违纪处理");
        MisconductContract.DISTRICT_CODE.in(vars, d.code());
        MisconductContract.DISTRICT_NAME.in(vars, d.name());
        MisconductContract.APPLICANT_NAME.in(vars, d.name() + "科技部门");
        MisconductContract.COMMISSIONER_NAME.in(vars, p.name());
        MisconductContract.INVESTIGATION_DUE.in(vars, due);
      }
      case "agreementSigning" -> {
        businessKey = "2025-" + d.code() + "-" + p.name();
        AgreementSigningContract.CASE_TITLE.in(vars, "2025 年度选派 · " + p.name() + " · " + d.name());
        AgreementSigningContract.DISTRICT_CODE.in(vars, d.code());
        AgreementSigningContract.DISTRICT_NAME.in(vars, d.name());
        AgreementSigningContract.APPLICANT_NAME.in(vars, p.name());
        AgreementSigningContract.COMMISSIONER_USER_ID.in(vars, p.userId());
        AgreementSigningContract.DUE_DATE.in(vars, due);
      }
      case "expertPoolApplication" -> {
        businessKey = "EXP-" + LocalDate.now().getYear() + "-" + (1 + random.nextInt(400));
        ExpertApplicationContract.CASE_TITLE.in(vars, p.name() + " · 专家库入库申请");
        ExpertApplicationContract.APPLICANT_NAME.in(vars, p.name());
        ExpertApplicationContract.APPLICANT_USER_ID.in(vars, p.userId());
      }
      case "projectApplication" -> {
        businessKey = String.format("宿双链项〔%d〕%04d", LocalDate.now().getYear(), random.nextInt(10_000));
        ProjectApplicationContract.CASE_TITLE.in(vars, p.name() + " · " + e.name() + " · 联合申报科技项目");
        ProjectApplicationContract.DISTRICT_CODE.in(vars, d.code());
        ProjectApplicationContract.DISTRICT_NAME.in(vars, d.name());
        ProjectApplicationContract.APPLICANT_NAME.in(vars, p.name());
        ProjectApplicationContract.ENTERPRISE_NAME.in(vars, e.name());
        ProjectApplicationContract.COMMISSIONER_USER_ID.in(vars, p.userId());
        ProjectApplicationContract.ENTERPRISE_USER_ID.in(vars, e.contactUserId());
        ProjectApplicationContract.ENTERPRISE_GROUP_ID.in(vars, e.contactUserId() == null ? Groups.district(d.code()) : null);
        ProjectApplicationContract.REVIEW_PRIORITY.in(vars, 90L);
      }
      default -> {
        businessKey = "KP-" + d.code() + "-" + (1 + random.nextInt(20));
        EvaluationSchemeContract.CASE_TITLE.in(vars, "考核评价制度报审：" + d.name());
        EvaluationSchemeContract.DISTRICT_CODE.in(vars, d.code());
        EvaluationSchemeContract.DISTRICT_NAME.in(vars, d.name());
        EvaluationSchemeContract.APPLICANT_NAME.in(vars, d.name() + "科技部门");
        EvaluationSchemeContract.REVIEW_DUE_DATE.in(vars, due);
      }
    }
    engine.getRuntimeService().createProcessInstanceByKey(shape.key()).businessKey(businessKey).setVariables(vars)
        .startBeforeActivity(shape.activityId()).execute(true, true);
    synchronized (openByTask) {
      openByTask.computeIfAbsent(shape.key() + " · " + shape.activityId(), k -> new AtomicInteger()).incrementAndGet();
      byDistrict.computeIfAbsent(d.name() + " (open)", k -> new AtomicInteger()).incrementAndGet();
    }
  }

  // ------------------------------------------------------------------ report

  void report(int finished, int open, Duration finishedTime, Duration openTime) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    System.out.printf("%nHistory at scale — generated on %s%n", BenchApp.describe());
    System.out.printf("finished cases: %,d in %.1f s (%,.0f cases/s, history rows in JDBC batches)%n", finished,
        finishedTime.toMillis() / 1000.0, finished / Math.max(0.001, finishedTime.toMillis() / 1000.0));
    System.out.printf("open cases:     %,d in %.1f s (%,.0f cases/s, engine API)%n", open, openTime.toMillis() / 1000.0,
        open / Math.max(0.001, openTime.toMillis() / 1000.0));
    System.out.println("\n| finished, by process | cases |\n|---|---:|");
    finishedByProcess.forEach((k, v) -> System.out.printf("| %s | %,d |%n", k, v.get()));
    System.out.println("\n| open, by process · task | cases |\n|---|---:|");
    openByTask.forEach((k, v) -> System.out.printf("| %s | %,d |%n", k, v.get()));
    System.out.println("\n| district | cases |\n|---|---:|");
    byDistrict.forEach((k, v) -> System.out.printf("| %s | %,d |%n", k, v.get()));
    System.out.println("\n| year (finished, by start) | cases |\n|---|---:|");
    byYear.forEach((k, v) -> System.out.printf("| %d | %,d |%n", k, v.get()));
    System.out.println("\n| table | rows |\n|---|---:|");
    for (String table : List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST",
        "ACT_HI_IDENTITYLINK", "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_IDENTITYLINK", "ACT_RU_VARIABLE",
        "ACT_RU_AUTHORIZATION")) {
      System.out.printf(Locale.ROOT, "| %s | %,d |%n", table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
  }
}
