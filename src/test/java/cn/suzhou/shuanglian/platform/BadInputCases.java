package cn.suzhou.shuanglian.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.agreement.Agreement;
import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.commissioner.CommissionerRepository;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.DispatchService;
import cn.suzhou.shuanglian.district.District;
import cn.suzhou.shuanglian.district.DistrictRepository;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.enterprise.EnterpriseRepository;
import cn.suzhou.shuanglian.evaluation.EvaluationScheme;
import cn.suzhou.shuanglian.evaluation.EvaluationSchemeRepository;
import cn.suzhou.shuanglian.evaluation.SchemeStatus;
import cn.suzhou.shuanglian.evaluation.YearlyEvaluationContract;
import cn.suzhou.shuanglian.expert.ExpertApplicationContract;
import cn.suzhou.shuanglian.misconduct.MisconductContract;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import cn.suzhou.shuanglian.project.ProjectApplicationContract;
import cn.suzhou.shuanglian.round.RoundProperties;
import cn.suzhou.shuanglian.round.SelectionRoundContract;
import cn.suzhou.shuanglian.round.SelectionRoundRepository;
import cn.suzhou.shuanglian.servicerecord.ServiceRecordContract;
import cn.suzhou.shuanglian.sourceunit.SourceUnit;
import cn.suzhou.shuanglian.support.DispatchFixtures;
import cn.suzhou.shuanglian.support.RoundDriver;
import cn.suzhou.shuanglian.support.TestData;
import cn.suzhou.shuanglian.support.TestIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The cases of {@link BadInputBatteryContract}: each one request, the status it must get, the
 * fields its refusal must name (by the request's own names), and the rows it may write (none, but
 * for text that must be accepted). Bodies start from a valid request and break one thing.
 */
final class BadInputCases {

  static final String JSON = "application/json";
  static final String D = "341302";
  /** CJK Extension B (𠮷 𡒄), C, D, E, F, G characters and emoji, as people's and companies' names carry them. */
  static final String RARE = "𠮷𡒄\uD869\uDF00\uD86D\uDF40\uD86E\uDC20\uD873\uDEA0\uD880\uDC00";
  static final String EMOJI = "😀👩‍🔬";

  private BadInputCases() {}

  /** One request of the battery. */
  record Request(HttpMethod method, String path, String user, String password, String contentType, Object body) {}

  /** One case: a request (made afresh for each language), what it must get, and what it may write. */
  record Case(String name, List<String> languages, Supplier<Request> requests, int status, List<String> fields,
      Map<String, Long> writes, BiConsumer<Fixture, ResponseEntity<String>> readBack) {

    java.util.function.Function<Fixture, Request> request() {
      return fixture -> requests.get();
    }
  }

  // ---------------------------------------------------------------- the fixture

  /** The users and records the cases act on, made once per run with ids of their own. */
  static final class Fixture {
    final TestData data;
    final DispatchFixtures fixtures;
    final ObjectMapper json;
    final TestRestTemplate rest;
    final CommissionerRepository commissioners;
    final EnterpriseRepository enterprises;
    final String city;
    final String district;
    final String admin = "test-admin";
    final String adminPassword = "Admin#Test2025";
    final SourceUnit unit;
    final Commissioner commissioner;
    final Commissioner applicant;
    final Enterprise served;
    final Dispatch dispatch;
    final String schemeDistrict;
    final String schemeOfficial;
    final Integer freeRoundYear;
    final String expertReviewTask;
    final String confirmTask;
    final String contact;
    final String scoringTask;
    final String scoringOfficial;
    final List<String> names = new ArrayList<>();

    Fixture(ApplicationContext context, TestRestTemplate rest) {
      this.rest = rest;
      data = new TestData(context);
      fixtures = new DispatchFixtures(context, data);
      json = context.getBean(ObjectMapper.class);
      commissioners = context.getBean(CommissionerRepository.class);
      enterprises = context.getBean(EnterpriseRepository.class);
      city = data.cityOfficial();
      district = data.districtOfficial(D);
      unit = data.sourceUnit();
      commissioner = data.commissioner(unit);
      applicant = data.commissioner(unit);
      served = fixtures.enterprise(D);
      contact = served.getContactUserId();
      dispatch = fixtures.dispatch(commissioner, D, today().minusDays(90), List.of(served));

      // a district without a scheme being decided: a refused scheme start must not meet "one at a time"
      EvaluationSchemeRepository schemes = context.getBean(EvaluationSchemeRepository.class);
      DistrictRepository districts = context.getBean(DistrictRepository.class);
      schemeDistrict = districts.findAll().stream().filter(District::isActive).map(District::getCode)
          .filter(code -> schemes.findByDistrictCodeAndStatusInOrderById(code,
              Set.of(SchemeStatus.SUBMITTED, SchemeStatus.RETURNED)).isEmpty())
          .findFirst().orElse(D);
      schemeOfficial = data.districtOfficial(schemeDistrict);

      // open tasks to complete badly: the city's review of an expert application, the enterprise's
      // confirmation of a service record, the district's scoring of a yearly evaluation
      Commissioner reviewed = data.commissioner(unit);
      ResponseEntity<String> applied = post(reviewed.getUserId(), "/api/expert-applications", Map.of(
          "residentId", reviewed.getResidentId(), "phone", reviewed.getPhone(), "title", "教授",
          "expertise", "新型建材", "reviewFields", List.of("NEW_MATERIALS"), "consent", true));
      assertThat(applied.getStatusCode().value()).as(applied.getBody()).isEqualTo(201);
      expertReviewTask = onlyTask(context, field(applied, "processInstanceId"));

      ResponseEntity<String> logged = post(commissioner.getUserId(),
          "/api/dispatches/" + dispatch.getId() + "/service-records", serviceRecord().build());
      assertThat(logged.getStatusCode().value()).as(logged.getBody()).isEqualTo(201);
      confirmTask = onlyTask(context, field(logged, "processInstanceId"));

      String[] scoring = scoringTask(context);
      scoringTask = scoring[0];
      scoringOfficial = scoring[1];

      // a round year the policy lets open now and no live round holds (null when both are taken) —
      // after the fixtures above, which make rounds of fresh years too
      RoundProperties roundProperties = context.getBean(RoundProperties.class);
      SelectionRoundRepository rounds = context.getBean(SelectionRoundRepository.class);
      freeRoundYear = roundProperties.openableYears(today().getYear()).stream()
          .filter(y -> rounds.findByActiveYear(y).isEmpty()).findFirst().orElse(null);

      districts.findAll().forEach(d -> names.add(d.getName()));
      names.add(unit.getName());
      names.add(served.getName());
      names.add(commissioner.getName());
      names.add(applicant.getName());
      names.add(reviewed.getName());
    }

    List<String> names() {
      return names;
    }

    static LocalDate today() {
      return EngineClock.today();
    }

    /** A yearly evaluation at its district scoring step: a dispatch a year old, its summary and rating given. */
    private String[] scoringTask(ApplicationContext context) {
      String code = "341321";
      EvaluationSchemeRepository schemes = context.getBean(EvaluationSchemeRepository.class);
      if (schemes.findByInForceDistrict(code).isEmpty()) {
        EvaluationScheme s = new EvaluationScheme(context.getBean(DistrictRepository.class).findById(code).orElseThrow(),
            "fixture", Instant.now(), null);
        s.define(25, 25, 25, 25, new BigDecimal("90"), new BigDecimal("75"), new BigDecimal("60"),
            "宿州测试服务单位 3 家", null, "fixture", Instant.now());
        s.approve("fixture", null, Instant.now());
        schemes.save(s);
      }
      Enterprise rated = fixtures.enterprise(code);
      Commissioner evaluated = data.commissioner(unit);
      names.add(rated.getName());
      names.add(evaluated.getName());
      Agreement agreement = fixtures.signedAgreement(evaluated, code, today());
      Dispatch running = context.getBean(DispatchService.class).start(agreement.getId(), Set.of(rated.getId()));
      RuntimeService runtime = context.getBean(RuntimeService.class);
      ManagementService management = context.getBean(ManagementService.class);
      RoundDriver drive = new RoundDriver(context, data);
      String official = data.districtOfficial(code);
      ClockUtil.setCurrentTime(Date.from(running.getTermStart().plusYears(1).atStartOfDay(EngineClock.ZONE)
          .plusHours(1).toInstant()));
      try {
        for (int i = 0; i < 50; i++) {
          List<Job> due = management.createJobQuery().executable().list().stream()
              .filter(job -> job.getProcessInstanceId() != null
                  && tree(runtime, running.getProcessInstanceId()).contains(job.getProcessInstanceId())).toList();
          if (due.isEmpty()) {
            break;
          }
          due.forEach(job -> management.executeJob(job.getId()));
        }
      } finally {
        ClockUtil.reset();
      }
      ProcessInstance evaluation = runtime.createProcessInstanceQuery().superProcessInstanceId(
          running.getProcessInstanceId()).processDefinitionKey(YearlyEvaluationContract.PROCESS_KEY).singleResult();
      assertThat(evaluation).as("evaluation case").isNotNull();
      TaskService tasks = context.getBean(TaskService.class);
      Task summary = tasks.createTaskQuery().processInstanceId(evaluation.getId())
          .taskDefinitionKey(YearlyEvaluationContract.SUMMARY_TASK).singleResult();
      drive.complete(summary, evaluated.getUserId(), YearlyEvaluationContract.WORK_SUMMARY.map(
          "本年度走访企业十余家，挖掘技术需求并组织产学研对接活动两次。"));
      Task rating = tasks.createTaskQuery().processInstanceId(evaluation.getId())
          .taskDefinitionKey(YearlyEvaluationContract.RATING_TASK).singleResult();
      drive.complete(rating, rated.getContactUserId(), YearlyEvaluationContract.SATISFACTION_SCORE.map(
          BigDecimal.valueOf(90)));
      Task scoring = tasks.createTaskQuery().processInstanceId(evaluation.getId())
          .taskDefinitionKey(YearlyEvaluationContract.SCORING_TASK).singleResult();
      assertThat(scoring).as("scoring task").isNotNull();
      return new String[] {scoring.getId(), official};
    }

    private static Set<String> tree(RuntimeService runtime, String root) {
      Set<String> ids = new java.util.HashSet<>(List.of(root));
      java.util.Deque<String> open = new java.util.ArrayDeque<>(ids);
      while (!open.isEmpty()) {
        for (ProcessInstance child : runtime.createProcessInstanceQuery().superProcessInstanceId(open.pop()).list()) {
          if (ids.add(child.getId())) {
            open.push(child.getId());
          }
        }
      }
      return ids;
    }

    private static String onlyTask(ApplicationContext context, String processInstanceId) {
      List<Task> open = context.getBean(TaskService.class).createTaskQuery().processInstanceId(processInstanceId).list();
      assertThat(open).as("open task of %s", processInstanceId).hasSize(1);
      return open.get(0).getId();
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
      HttpHeaders headers = new HttpHeaders();
      headers.set(HttpHeaders.CONTENT_TYPE, JSON);
      return rest.withBasicAuth(user, TestData.PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
          String.class);
    }

    private String field(ResponseEntity<String> response, String name) {
      try {
        return json.readTree(response.getBody()).path(name).asText();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    /** A resident ID of a birth date in the 1980s no commissioner of the database has. */
    String freshResidentId() {
      int seed = java.util.concurrent.ThreadLocalRandom.current().nextInt(3650);
      while (commissioners.existsByResidentId(TestIds.residentId(seed))) {
        seed = java.util.concurrent.ThreadLocalRandom.current().nextInt(3650 * 1000);
      }
      return TestIds.residentId(seed);
    }

    // ---- valid bodies, to break one thing each

    Body enterprise() {
      String code = data.creditCode();
      return new Body().with("creditCode", code).with("name", "宿州测试企业" + code).with("districtCode", D)
          .with("industryGroupCode", "NEW_MATERIALS").with("scale", "SMALL").with("contactName", "联系人")
          .with("contactPhone", "13955712345");
    }

    Body commissionerEntry() {
      return new Body().with("name", "测试专员").with("sourceUnitCode", unit.getCode()).with("level", "MUNICIPAL")
          .with("industryGroupCode", "NEW_MATERIALS").with("expertise", "新型建材、固废资源化利用").with("title", "教授")
          .with("phone", "13805571234").with("residentId", freshResidentId());
    }

    Body serviceRecord() {
      String day = today().minusDays(5).toString();
      return new Body().with("serviceType", "CONSULTING").with("startDate", day).with("endDate", day).with("days", 1)
          .with("creditCode", served.getCreditCode()).with("summary", "现场诊断窑炉能耗问题，提出余热回收改造方案。");
    }

    Body project() {
      return new Body().with("creditCode", served.getCreditCode()).with("title", "煤矸石基绿色墙体材料关键技术研究")
          .with("category", "SCIENCE_PLAN").with("industryGroupCode", "NEW_MATERIALS")
          .with("content", "研究煤矸石基高性能绿色墙体材料的配方与烧结工艺，建设示范生产线一条。")
          .with("goals", "形成示范生产线一条，申请发明专利两项。").with("totalBudget", new BigDecimal("120.00"))
          .with("enterpriseFunding", new BigDecimal("80.00")).with("durationMonths", 24).with("jointPledge", true);
    }

    Body expertApplication() {
      return new Body().with("residentId", applicant.getResidentId()).with("phone", applicant.getPhone())
          .with("title", "教授").with("expertise", "新型建材、固废资源化利用").with("reviewFields", List.of("NEW_MATERIALS"))
          .with("achievements", "主持省级科技项目两项").with("consent", true);
    }

    Body misconduct() {
      return new Body().with("dispatchId", dispatch.getId()).with("category", "SOLICITING")
          .with("facts", "专员多次要求企业将检测业务交由其所在单位承接，并以不再对接高校资源相要挟。")
          .with("occurredOn", today().minusDays(3).toString()).with("evidence", "企业提供的微信聊天记录截图三张");
    }

    Body scheme() {
      return new Body().with("weightOrientation", 25).with("weightInitiative", 25).with("weightSatisfaction", 25)
          .with("weightResults", 25).with("excellentMin", 90).with("qualifiedMin", 75).with("basicMin", 60)
          .with("serviceUnitsConsulted", "宿州测试服务单位 3 家");
    }

    Body subsidy() {
      return new Body().with("amount", 12000).with("paidOn", today().minusDays(1).toString()).with("purpose", "工作经费补助");
    }

    Body post() {
      return new Body().with("organisation", served.getName()).with("postType", "ADVISER").with("postTitle", "技术顾问")
          .with("startDate", today().minusDays(1).toString());
    }

    /** Engine REST variables: name → {value, type}. */
    Vars vars() {
      return new Vars();
    }

    Vars round(Object year, String deadline) {
      Vars v = new Vars();
      if (year != null) {
        v.with(SelectionRoundContract.ROUND_YEAR, year, "Integer");
      }
      return v.with(SelectionRoundContract.COLLECTION_DEADLINE, deadline, "String");
    }

    Vars serviceRecordVars() {
      String day = today().minusDays(6).toString();
      return new Vars().with(ServiceRecordContract.DISPATCH_ID, dispatch.getId(), "Long")
          .with(ServiceRecordContract.SERVICE_TYPE, "CONSULTING", "String").with(ServiceRecordContract.START_DATE, day, "String")
          .with(ServiceRecordContract.END_DATE, day, "String").with(ServiceRecordContract.DAYS, 1, "Integer")
          .with(ServiceRecordContract.CREDIT_CODE, served.getCreditCode(), "String")
          .with(ServiceRecordContract.SUMMARY, "走访企业，梳理技术需求三项并对接高校团队。", "String");
    }

    Vars projectVars() {
      return new Vars().with(ProjectApplicationContract.CREDIT_CODE, served.getCreditCode(), "String")
          .with(ProjectApplicationContract.TITLE, "煤矸石基绿色墙体材料关键技术研究", "String")
          .with(ProjectApplicationContract.CATEGORY, "SCIENCE_PLAN", "String")
          .with(ProjectApplicationContract.INDUSTRY_GROUP, "NEW_MATERIALS", "String")
          .with(ProjectApplicationContract.CONTENT, "研究煤矸石基高性能绿色墙体材料的配方与烧结工艺，建设示范生产线一条。", "String")
          .with(ProjectApplicationContract.GOALS, "形成示范生产线一条，申请发明专利两项。", "String")
          .with(ProjectApplicationContract.TOTAL_BUDGET, 120, "Double")
          .with(ProjectApplicationContract.ENTERPRISE_FUNDING, 80, "Double")
          .with(ProjectApplicationContract.DURATION_MONTHS, 24, "Integer")
          .with(ProjectApplicationContract.JOINT_PLEDGE, true, "Boolean");
    }

    Vars expertVars() {
      return new Vars().with(ExpertApplicationContract.RESIDENT_ID, applicant.getResidentId(), "String")
          .with(ExpertApplicationContract.PHONE, applicant.getPhone(), "String")
          .with(ExpertApplicationContract.TITLE, "教授", "String")
          .with(ExpertApplicationContract.EXPERTISE, "新型建材", "String")
          .with(ExpertApplicationContract.REVIEW_FIELDS, "[\"NEW_MATERIALS\"]", "Json")
          .with(ExpertApplicationContract.CONSENT, true, "Boolean");
    }

    Vars misconductVars() {
      return new Vars().with(MisconductContract.DISPATCH_ID, dispatch.getId(), "Long")
          .with(MisconductContract.CATEGORY, "SOLICITING", "String")
          .with(MisconductContract.FACTS, "专员多次要求企业将检测业务交由其所在单位承接，并以不再对接高校资源相要挟。", "String")
          .with(MisconductContract.OCCURRED_ON, today().minusDays(3).toString(), "String")
          .with(MisconductContract.EVIDENCE, "企业提供的微信聊天记录截图三张", "String");
    }

    Vars scores(Object value, String type) {
      return new Vars().with(YearlyEvaluationContract.SCORE_ORIENTATION, value, type)
          .with(YearlyEvaluationContract.SCORE_INITIATIVE, 80, "Integer")
          .with(YearlyEvaluationContract.SCORE_SATISFACTION, 80, "Integer")
          .with(YearlyEvaluationContract.SCORE_RESULTS, 80, "Integer");
    }
  }

  /** A JSON body of the domain API. */
  static final class Body {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    Body with(String field, Object value) {
      fields.put(field, value);
      return this;
    }

    Body without(String field) {
      fields.remove(field);
      return this;
    }

    Map<String, Object> build() {
      return fields;
    }
  }

  /** The {@code variables} of an engine REST start or completion, named through the contracts. */
  static final class Vars {
    private final Map<String, Object> variables = new LinkedHashMap<>();

    Vars with(Var<?> variable, Object value, String type) {
      Map<String, Object> typed = new LinkedHashMap<>();
      typed.put("value", value);
      if (type != null) {
        typed.put("type", type);
      }
      variables.put(variable.name(), typed);
      return this;
    }

    Vars raw(Var<?> variable, Object notAVariable) {
      variables.put(variable.name(), notAVariable);
      return this;
    }

    Vars without(Var<?> variable) {
      variables.remove(variable.name());
      return this;
    }

    Map<String, Object> body() {
      return Map.of("variables", variables);
    }
  }

  // ---------------------------------------------------------------- the case builder

  static final class Builder {
    private final List<Case> cases;
    private final String name;
    private List<String> languages = List.of("zh-CN", "en");
    private Supplier<Request> request;
    private Map<String, Long> writes = Map.of();
    private BiConsumer<Fixture, ResponseEntity<String>> readBack;

    Builder(List<Case> cases, String name) {
      this.cases = cases;
      this.name = name;
    }

    Builder send(HttpMethod method, String path, String user, Supplier<Object> body) {
      return send(method, path, user, TestData.PASSWORD, JSON, body);
    }

    Builder send(HttpMethod method, String path, String user, String password, String contentType, Supplier<Object> body) {
      request = () -> {
        Object b = body == null ? null : body.get();
        if (b instanceof Body built) {
          b = built.build();
        } else if (b instanceof Vars vars) {
          b = vars.body();
        }
        return new Request(method, path, user, password, contentType, b);
      };
      return this;
    }

    Builder zhOnly() {
      languages = List.of("zh-CN");
      return this;
    }

    Builder writes(String table, long rows) {
      Map<String, Long> more = new LinkedHashMap<>(writes);
      more.put(table, rows);
      writes = more;
      return this;
    }

    Builder readBack(BiConsumer<Fixture, ResponseEntity<String>> check) {
      readBack = check;
      return this;
    }

    void expect(int status, String... fields) {
      cases.add(new Case(name, languages, request, status, Arrays.asList(fields), writes, readBack));
    }
  }

  // ---------------------------------------------------------------- the cases

  static List<Case> all(Fixture fx) {
    List<Case> cases = new ArrayList<>();
    enterprises(fx, cases);
    commissioners(fx, cases);
    serviceRecords(fx, cases);
    postsAndSubsidies(fx, cases);
    projects(fx, cases);
    expertApplications(fx, cases);
    misconduct(fx, cases);
    schemes(fx, cases);
    parametersAndRoutes(fx, cases);
    engineStarts(fx, cases);
    engineCompletions(fx, cases);
    users(fx, cases);
    return cases;
  }

  private static Builder c(List<Case> cases, String name) {
    return new Builder(cases, name);
  }

  private static String repeat(String s, int times) {
    return s.repeat(times);
  }

  /** POST /api/enterprises as the city bureau: identifiers, lengths, types, rare characters, markup, bodies. */
  static void enterprises(Fixture fx, List<Case> cases) {
    String path = "/api/enterprises";
    String city = fx.city;
    // unified social credit codes (GB 32100)
    Map<String, Supplier<String>> uscc = new LinkedHashMap<>();
    uscc.put("USCC wrong check character", () -> wrongCheck(fx.data.creditCode()));
    uscc.put("USCC 17 characters", () -> fx.data.creditCode().substring(0, 17));
    uscc.put("USCC 19 characters", () -> fx.data.creditCode() + "1");
    uscc.put("USCC lower case", () -> lowerLetters(fx.data.creditCode()));
    uscc.put("USCC with I", () -> TestIdsCheck.withLetter(fx.data.creditCode(), 'I'));
    uscc.put("USCC with O", () -> TestIdsCheck.withLetter(fx.data.creditCode(), 'O'));
    uscc.put("USCC with S", () -> TestIdsCheck.withLetter(fx.data.creditCode(), 'S'));
    uscc.put("USCC with V", () -> TestIdsCheck.withLetter(fx.data.creditCode(), 'V'));
    uscc.put("USCC with Z", () -> TestIdsCheck.withLetter(fx.data.creditCode(), 'Z'));
    uscc.put("USCC full-width digits", () -> fullWidth(fx.data.creditCode()));
    uscc.put("USCC with a space inside", () -> {
      String code = fx.data.creditCode();
      return code.substring(0, 9) + " " + code.substring(9);
    });
    uscc.put("USCC with a leading space", () -> " " + fx.data.creditCode());
    uscc.put("USCC empty", () -> "");
    uscc.put("USCC all zeros", () -> "000000000000000000");
    uscc.forEach((name, code) -> c(cases, "enterprise: " + name)
        .send(HttpMethod.POST, path, city, () -> fx.enterprise().with("creditCode", code.get())).expect(400, "creditCode"));
    c(cases, "enterprise: USCC missing").send(HttpMethod.POST, path, city, () -> fx.enterprise().without("creditCode"))
        .expect(400, "creditCode");
    c(cases, "enterprise: USCC a number").send(HttpMethod.POST, path, city,
        () -> fx.enterprise().with("creditCode", 913413021234567890L)).expect(400, "creditCode");

    // mobile numbers
    Map<String, String> phones = new LinkedHashMap<>();
    phones.put("mobile 10 digits", "1395571234");
    phones.put("mobile 12 digits", "139557123456");
    phones.put("mobile with +86", "+8613955712345");
    phones.put("mobile starting 12", "12955712345");
    phones.put("mobile with hyphens", "139-5571-2345");
    phones.put("mobile full-width", fullWidth("13955712345"));
    phones.put("mobile with spaces", "139 5571 2345");
    phones.put("mobile landline", "0557-3021234");
    phones.forEach((name, phone) -> c(cases, "enterprise: " + name)
        .send(HttpMethod.POST, path, city, () -> fx.enterprise().with("contactPhone", phone)).expect(400, "contactPhone"));

    // lengths and types of text
    c(cases, "enterprise: name of 129 characters").send(HttpMethod.POST, path, city,
        () -> fx.enterprise().with("name", repeat("宿", 129))).expect(400, "name");
    c(cases, "enterprise: name of 129 × 𠮷").send(HttpMethod.POST, path, city,
        () -> fx.enterprise().with("name", repeat("𠮷", 129))).expect(400, "name");
    c(cases, "enterprise: name blank").send(HttpMethod.POST, path, city,
        () -> fx.enterprise().with("name", "   ")).expect(400, "name");
    c(cases, "enterprise: name missing").send(HttpMethod.POST, path, city,
        () -> fx.enterprise().without("name")).expect(400, "name");
    c(cases, "enterprise: name null").send(HttpMethod.POST, path, city,
        () -> fx.enterprise().with("name", null)).expect(400, "name");
    c(cases, "enterprise: name a number").send(HttpMethod.POST, path, city,
        () -> fx.enterprise().with("name", 123)).expect(400, "name");
    c(cases, "enterprise: name true").send(HttpMethod.POST, path, city,
        () -> fx.enterprise().with("name", true)).expect(400, "name");
    c(cases, "enterprise: name an object").send(HttpMethod.POST, path, city,
        () -> fx.enterprise().with("name", Map.of("zh", "宿州"))).expect(400, "name");
    c(cases, "enterprise: name a list").send(HttpMethod.POST, path, city,
        () -> fx.enterprise().with("name", List.of("宿州"))).expect(400, "name");
    c(cases, "enterprise: contact name of 65 characters").send(HttpMethod.POST, path, city,
        () -> fx.enterprise().with("contactName", repeat("张", 65))).expect(400, "contactName");

    // enumerations and codes
    c(cases, "enterprise: scale unknown").send(HttpMethod.POST, path, city,
        () -> fx.enterprise().with("scale", "HUGE")).expect(400, "scale");
    c(cases, "enterprise: scale a number").send(HttpMethod.POST, path, city,
        () -> fx.enterprise().with("scale", 3)).expect(400, "scale");
    c(cases, "enterprise: scale lower case").send(HttpMethod.POST, path, city,
        () -> fx.enterprise().with("scale", "small")).expect(400, "scale");
    c(cases, "enterprise: scale missing").send(HttpMethod.POST, path, city,
        () -> fx.enterprise().without("scale")).expect(400, "scale");
    c(cases, "enterprise: district unknown").send(HttpMethod.POST, path, city,
        () -> fx.enterprise().with("districtCode", "999999")).expect(400, "districtCode");
    c(cases, "enterprise: district code of 300 characters").send(HttpMethod.POST, path, city,
        () -> fx.enterprise().with("districtCode", repeat("3", 300))).expect(400, "districtCode");
    c(cases, "enterprise: district code a number").send(HttpMethod.POST, path, city,
        () -> fx.enterprise().with("districtCode", 341302)).expect(400, "districtCode");
    c(cases, "enterprise: industry group unknown").send(HttpMethod.POST, path, city,
        () -> fx.enterprise().with("industryGroupCode", "ROCKETS")).expect(400, "industryGroupCode");

    // fields the request does not have
    c(cases, "enterprise: extra field contactUserId").send(HttpMethod.POST, path, city,
        () -> fx.enterprise().with("contactUserId", "admin")).expect(400, "contactUserId");
    c(cases, "enterprise: extra field id").send(HttpMethod.POST, path, city,
        () -> fx.enterprise().with("id", 5)).expect(400, "id");

    // text people type: rare characters and emoji accepted, stored and read back; markup and SQL verbatim
    acceptedEnterprise(fx, cases, "enterprise: name with CJK Ext B–G 生僻字 and emoji, stored and read back",
        code -> "宿州" + RARE + EMOJI + "科技有限公司" + code.substring(12));
    acceptedEnterprise(fx, cases, "enterprise: markup in the name stored verbatim",
        code -> "<script>alert('x')</script><b>宿州</b>&amp;" + code.substring(12));
    acceptedEnterprise(fx, cases, "enterprise: SQL-looking name stored verbatim",
        code -> "宿州'; DROP TABLE enterprise; -- \" OR 1=1 " + code.substring(12));
    c(cases, "enterprise: contact name of 𡒄 and emoji, stored and read back").zhOnly()
        .send(HttpMethod.POST, path, city, () -> fx.enterprise().with("contactName", "𡒄" + EMOJI + "𠮷"))
        .writes("enterprise", 1).readBack(readsBack("contactName", "𡒄" + EMOJI + "𠮷")).expect(201);

    // bodies and content types
    c(cases, "enterprise: empty body").send(HttpMethod.POST, path, city, TestData.PASSWORD, JSON, () -> "").expect(400);
    c(cases, "enterprise: malformed JSON").send(HttpMethod.POST, path, city, TestData.PASSWORD, JSON,
        () -> "{\"creditCode\": \"91341302MA2NQ8C1XU\",").expect(400);
    c(cases, "enterprise: single-quoted JSON").send(HttpMethod.POST, path, city, TestData.PASSWORD, JSON,
        () -> "{'creditCode': '91341302MA2NQ8C1XU'}").expect(400);
    c(cases, "enterprise: a list for an object").send(HttpMethod.POST, path, city, TestData.PASSWORD, JSON,
        () -> "[{\"creditCode\": \"91341302MA2NQ8C1XU\"}]").expect(400);
    c(cases, "enterprise: JSON null").send(HttpMethod.POST, path, city, TestData.PASSWORD, JSON, () -> "null")
        .expect(400);
    c(cases, "enterprise: empty object names every required field").send(HttpMethod.POST, path, city,
        TestData.PASSWORD, JSON, () -> "{}").expect(400, "creditCode", "name", "districtCode", "industryGroupCode", "scale");
    c(cases, "enterprise: 5 MB body").send(HttpMethod.POST, path, city, TestData.PASSWORD, JSON,
        () -> fx.enterprise().with("name", repeat("宿", 5 * 1024 * 1024 / 3)).build()).expect(413);
    c(cases, "enterprise: text/plain").send(HttpMethod.POST, path, city, TestData.PASSWORD, "text/plain",
        () -> "creditCode=91341302MA2NQ8C1XU").expect(415);
    c(cases, "enterprise: application/xml").send(HttpMethod.POST, path, city, TestData.PASSWORD, "application/xml",
        () -> "<enterprise/>").expect(415);
    c(cases, "enterprise: form-urlencoded").send(HttpMethod.POST, path, city, TestData.PASSWORD,
        "application/x-www-form-urlencoded", () -> "creditCode=91341302MA2NQ8C1XU").expect(415);
    c(cases, "enterprise: DELETE not allowed").send(HttpMethod.DELETE, path, city, TestData.PASSWORD, null, null)
        .expect(405);
  }

  private static void acceptedEnterprise(Fixture fx, List<Case> cases, String name,
      java.util.function.Function<String, String> nameOf) {
    String[] expected = new String[1];
    c(cases, name).zhOnly().send(HttpMethod.POST, "/api/enterprises", fx.city, () -> {
      Body body = fx.enterprise();
      String code = (String) body.build().get("creditCode");
      expected[0] = nameOf.apply(code);
      return body.with("name", expected[0]);
    }).writes("enterprise", 1).readBack((f, response) -> readsBack("name", expected[0]).accept(f, response)).expect(201);
  }

  /** The created record answers the field as sent, and so does the list read afterwards. */
  private static BiConsumer<Fixture, ResponseEntity<String>> readsBack(String field, String value) {
    return (fx, response) -> {
      try {
        JsonNode created = fx.json.readTree(response.getBody());
        assertThat(created.path(field).asText()).as("%s in the answer", field).isEqualTo(value);
        String id = created.path("id").asText();
        boolean found = false;
        for (JsonNode row : fx.json.valueToTree(cn.suzhou.shuanglian.support.ApiPages.rows(
            fx.rest.withBasicAuth(fx.city, TestData.PASSWORD), "/api/enterprises"))) {
          if (row.path("id").asText().equals(id)) {
            assertThat(row.path(field).asText()).as("%s read back", field).isEqualTo(value);
            found = true;
          }
        }
        assertThat(found).as("record %s in the list", id).isTrue();
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  /** POST /api/commissioners as the city bureau: resident IDs, mobiles, logins, codes, enumerations. */
  static void commissioners(Fixture fx, List<Case> cases) {
    String path = "/api/commissioners";
    Map<String, Supplier<String>> ids = new LinkedHashMap<>();
    ids.put("resident ID wrong check digit", () -> wrongCheck(fx.freshResidentId()));
    ids.put("resident ID impossible date (February 30)", () -> TestIdsCheck.residentId("19800230"));
    ids.put("resident ID impossible month", () -> TestIdsCheck.residentId("19801301"));
    ids.put("resident ID born in the future", () -> TestIdsCheck.residentId("20990101"));
    ids.put("resident ID 15-digit form", () -> "341302800101001");
    ids.put("resident ID lower-case x", () -> TestIdsCheck.residentIdEndingX().toLowerCase());
    ids.put("resident ID 17 digits", () -> fx.freshResidentId().substring(0, 17));
    ids.put("resident ID letters", () -> "34130219800101ABCD");
    ids.put("resident ID full-width digits", () -> fullWidth(fx.freshResidentId()));
    ids.put("resident ID with spaces", () -> {
      String id = fx.freshResidentId();
      return id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
    });
    ids.forEach((name, id) -> c(cases, "commissioner: " + name)
        .send(HttpMethod.POST, path, fx.city, () -> fx.commissionerEntry().with("residentId", id.get()))
        .expect(400, "residentId"));
    c(cases, "commissioner: resident ID already in the database (a place taken: 409)").send(HttpMethod.POST, path,
        fx.city, () -> fx.commissionerEntry().with("residentId", fx.commissioner.getResidentId())).expect(409, "residentId");
    c(cases, "commissioner: mobile 10 digits").send(HttpMethod.POST, path, fx.city,
        () -> fx.commissionerEntry().with("phone", "1380557123")).expect(400, "phone");
    c(cases, "commissioner: mobile +86").send(HttpMethod.POST, path, fx.city,
        () -> fx.commissionerEntry().with("phone", "+8613805571234")).expect(400, "phone");
    c(cases, "commissioner: mobile starting 2").send(HttpMethod.POST, path, fx.city,
        () -> fx.commissionerEntry().with("phone", "23805571234")).expect(400, "phone");
    c(cases, "commissioner: login that does not exist").send(HttpMethod.POST, path, fx.city,
        () -> fx.commissionerEntry().with("userId", fx.data.id("nobody"))).expect(400, "userId");
    c(cases, "commissioner: login id with spaces and !").send(HttpMethod.POST, path, fx.city,
        () -> fx.commissionerEntry().with("userId", "zhou haiming!")).expect(400, "userId");
    c(cases, "commissioner: login id of 65 characters").send(HttpMethod.POST, path, fx.city,
        () -> fx.commissionerEntry().with("userId", repeat("a", 65))).expect(400, "userId");
    c(cases, "commissioner: login already linked (a place taken: 409)").send(HttpMethod.POST, path, fx.city,
        () -> fx.commissionerEntry().with("userId", fx.commissioner.getUserId())).expect(409, "userId");
    c(cases, "commissioner: level unknown").send(HttpMethod.POST, path, fx.city,
        () -> fx.commissionerEntry().with("level", "KING")).expect(400, "level");
    c(cases, "commissioner: level a number").send(HttpMethod.POST, path, fx.city,
        () -> fx.commissionerEntry().with("level", 1)).expect(400, "level");
    c(cases, "commissioner: source unit unknown").send(HttpMethod.POST, path, fx.city,
        () -> fx.commissionerEntry().with("sourceUnitCode", "nowhere")).expect(400, "sourceUnitCode");
    c(cases, "commissioner: industry group unknown").send(HttpMethod.POST, path, fx.city,
        () -> fx.commissionerEntry().with("industryGroupCode", "ROCKETS")).expect(400, "industryGroupCode");
    c(cases, "commissioner: name of 65 × 𠮷").send(HttpMethod.POST, path, fx.city,
        () -> fx.commissionerEntry().with("name", repeat("𠮷", 65))).expect(400, "name");
    c(cases, "commissioner: name missing").send(HttpMethod.POST, path, fx.city,
        () -> fx.commissionerEntry().without("name")).expect(400, "name");
    c(cases, "commissioner: expertise of 501 characters").send(HttpMethod.POST, path, fx.city,
        () -> fx.commissionerEntry().with("expertise", repeat("材", 501))).expect(400, "expertise");
    c(cases, "commissioner: extra field sourceUnit").send(HttpMethod.POST, path, fx.city,
        () -> fx.commissionerEntry().with("sourceUnit", Map.of("code", "szu"))).expect(400, "sourceUnit");
    c(cases, "commissioner: a commissioner may not add one").send(HttpMethod.POST, path, fx.commissioner.getUserId(),
        () -> fx.commissionerEntry()).expect(403);
    String[] rareName = {"𡒄" + "海" + "𠮷"};
    c(cases, "commissioner: a 生僻字 name is stored and read back").zhOnly()
        .send(HttpMethod.POST, path, fx.city, () -> fx.commissionerEntry().with("name", rareName[0]))
        .writes("commissioner", 1).readBack((f, response) -> {
          try {
            JsonNode created = f.json.readTree(response.getBody());
            assertThat(created.path("name").asText()).isEqualTo(rareName[0]);
            ResponseEntity<String> one = f.rest.withBasicAuth(f.city, TestData.PASSWORD)
                .getForEntity("/api/commissioners/" + created.path("id").asText(), String.class);
            assertThat(f.json.readTree(one.getBody()).path("name").asText()).isEqualTo(rareName[0]);
          } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
          }
        }).expect(201);
  }

  /** POST /api/dispatches/{id}/service-records as the dispatch's commissioner: days, dates, codes, texts. */
  static void serviceRecords(Fixture fx, List<Case> cases) {
    String path = "/api/dispatches/" + fx.dispatch.getId() + "/service-records";
    String who = fx.commissioner.getUserId();
    Map<String, Object> days = new LinkedHashMap<>();
    days.put("days 1.5 (not truncated to 1)", 1.5);
    days.put("days 1.0E0 written as a float", 1.0);
    days.put("days \"abc\"", "abc");
    days.put("days 0", 0);
    days.put("days -1", -1);
    days.put("days 400 (more than a year)", 400);
    days.put("days true", true);
    days.put("days beyond an int", 99_999_999_999L);
    days.put("days a list", List.of(1));
    days.forEach((name, value) -> c(cases, "service record: " + name)
        .send(HttpMethod.POST, path, who, () -> fx.serviceRecord().with("days", value)).expect(400, "days"));
    c(cases, "service record: days missing").send(HttpMethod.POST, path, who,
        () -> fx.serviceRecord().without("days")).expect(400, "days");
    c(cases, "service record: start date February 30").send(HttpMethod.POST, path, who,
        () -> fx.serviceRecord().with("startDate", "2025-02-30")).expect(400, "startDate");
    c(cases, "service record: start date not a date").send(HttpMethod.POST, path, who,
        () -> fx.serviceRecord().with("startDate", "yesterday")).expect(400, "startDate");
    c(cases, "service record: start date a number").send(HttpMethod.POST, path, who,
        () -> fx.serviceRecord().with("startDate", 20250101)).expect(400, "startDate");
    c(cases, "service record: dates in the future").send(HttpMethod.POST, path, who, () -> fx.serviceRecord()
        .with("startDate", Fixture.today().plusDays(3).toString()).with("endDate", Fixture.today().plusDays(3).toString()))
        .expect(400, "startDate");
    c(cases, "service record: dates in year 1").send(HttpMethod.POST, path, who, () -> fx.serviceRecord()
        .with("startDate", "0001-01-01").with("endDate", "0001-01-01")).expect(400, "startDate");
    c(cases, "service record: end before start").send(HttpMethod.POST, path, who, () -> fx.serviceRecord()
        .with("endDate", Fixture.today().minusDays(9).toString())).expect(400, "endDate");
    c(cases, "service record: credit code lower case").send(HttpMethod.POST, path, who, () -> fx.serviceRecord()
        .with("creditCode", fx.served.getCreditCode().toLowerCase())).expect(400, "creditCode");
    c(cases, "service record: enterprise not served").send(HttpMethod.POST, path, who, () -> fx.serviceRecord()
        .with("creditCode", fx.data.creditCode())).expect(400, "creditCode");
    c(cases, "service record: summary of 9 characters").send(HttpMethod.POST, path, who, () -> fx.serviceRecord()
        .with("summary", "走访企业梳理需求。")).expect(400, "summary");
    c(cases, "service record: summary of 2001 characters").send(HttpMethod.POST, path, who, () -> fx.serviceRecord()
        .with("summary", repeat("服", 2001))).expect(400, "summary");
    c(cases, "service record: type unknown").send(HttpMethod.POST, path, who, () -> fx.serviceRecord()
        .with("serviceType", "LUNCH")).expect(400, "serviceType");
    c(cases, "service record: extra field status").send(HttpMethod.POST, path, who, () -> fx.serviceRecord()
        .with("status", "CONFIRMED")).expect(400, "status");
    c(cases, "service record: dispatch id not a number").send(HttpMethod.POST, "/api/dispatches/abc/service-records",
        who, () -> fx.serviceRecord()).expect(400, "dispatchId");
    c(cases, "service record: dispatch id beyond a long").send(HttpMethod.POST,
        "/api/dispatches/99999999999999999999/service-records", who, () -> fx.serviceRecord()).expect(400, "dispatchId");
  }

  /** Concurrent posts (P-16) and subsidies (P-05) as the district. */
  static void postsAndSubsidies(Fixture fx, List<Case> cases) {
    String subsidies = "/api/dispatches/" + fx.dispatch.getId() + "/subsidies";
    String posts = "/api/dispatches/" + fx.dispatch.getId() + "/posts";
    for (Object amount : List.of(0, -5, 1_000_001, new BigDecimal("1.234"))) {
      c(cases, "subsidy: amount " + amount).send(HttpMethod.POST, subsidies, fx.district,
          () -> fx.subsidy().with("amount", amount)).expect(400, "amount");
    }
    c(cases, "subsidy: amount \"abc\"").send(HttpMethod.POST, subsidies, fx.district,
        () -> fx.subsidy().with("amount", "abc")).expect(400, "amount");
    c(cases, "subsidy: paid in the future").send(HttpMethod.POST, subsidies, fx.district,
        () -> fx.subsidy().with("paidOn", Fixture.today().plusDays(10).toString())).expect(400, "paidOn");
    c(cases, "subsidy: paid in month 13").send(HttpMethod.POST, subsidies, fx.district,
        () -> fx.subsidy().with("paidOn", "2025-13-01")).expect(400, "paidOn");
    c(cases, "post: end after the term").send(HttpMethod.POST, posts, fx.district,
        () -> fx.post().with("endDate", "9999-12-31")).expect(400, "endDate");
    c(cases, "post: end before start").send(HttpMethod.POST, posts, fx.district,
        () -> fx.post().with("endDate", Fixture.today().minusDays(30).toString())).expect(400, "endDate");
    c(cases, "post: type unknown").send(HttpMethod.POST, posts, fx.district,
        () -> fx.post().with("postType", "CEO")).expect(400, "postType");
    c(cases, "post: start before the term").send(HttpMethod.POST, posts, fx.district,
        () -> fx.post().with("startDate", "2000-01-01")).expect(400, "startDate");
    c(cases, "post: organisation of 129 characters").send(HttpMethod.POST, posts, fx.district,
        () -> fx.post().with("organisation", repeat("宿", 129))).expect(400, "organisation");
  }

  /** POST /api/project-applications as the commissioner (P-19): numbers, money, months, flags. */
  static void projects(Fixture fx, List<Case> cases) {
    String path = "/api/project-applications";
    String who = fx.commissioner.getUserId();
    Map<String, Object> months = new LinkedHashMap<>();
    months.put("24.5", 24.5);
    months.put("\"abc\"", "abc");
    months.put("5", 5);
    months.put("37", 37);
    months.forEach((name, value) -> c(cases, "project: duration " + name + " months")
        .send(HttpMethod.POST, path, who, () -> fx.project().with("durationMonths", value)).expect(400, "durationMonths"));
    Map<String, Object> budgets = new LinkedHashMap<>();
    budgets.put("-1", -1);
    budgets.put("0", 0);
    budgets.put("\"abc\"", "abc");
    budgets.put("1.005 (three decimals)", new BigDecimal("1.005"));
    budgets.forEach((name, value) -> c(cases, "project: total budget " + name)
        .send(HttpMethod.POST, path, who, () -> fx.project().with("totalBudget", value)
            .with("enterpriseFunding", BigDecimal.ZERO)).expect(400, "totalBudget"));
    c(cases, "project: enterprise funds above the total").send(HttpMethod.POST, path, who,
        () -> fx.project().with("enterpriseFunding", new BigDecimal("500"))).expect(400, "enterpriseFunding");
    c(cases, "project: category unknown").send(HttpMethod.POST, path, who,
        () -> fx.project().with("category", "PROVINCIAL")).expect(400, "category");
    c(cases, "project: pledge \"yes\"").send(HttpMethod.POST, path, who,
        () -> fx.project().with("jointPledge", "yes")).expect(400, "jointPledge");
    c(cases, "project: pledge 1").send(HttpMethod.POST, path, who,
        () -> fx.project().with("jointPledge", 1)).expect(400, "jointPledge");
    c(cases, "project: title of 4 characters").send(HttpMethod.POST, path, who,
        () -> fx.project().with("title", "墙体材料")).expect(400, "title");
    c(cases, "project: content of 19 characters").send(HttpMethod.POST, path, who,
        () -> fx.project().with("content", repeat("研", 19))).expect(400, "content");
    c(cases, "project: credit code with O").send(HttpMethod.POST, path, who,
        () -> fx.project().with("creditCode", TestIdsCheck.withLetter(fx.served.getCreditCode(), 'O')))
        .expect(400, "creditCode");
    c(cases, "project: commissioner id 1.5").send(HttpMethod.POST, path, who,
        () -> fx.project().with("commissionerId", 1.5)).expect(400, "commissionerId");
  }

  /** POST /api/expert-applications as a commissioner (P-20). */
  static void expertApplications(Fixture fx, List<Case> cases) {
    String path = "/api/expert-applications";
    String who = fx.applicant.getUserId();
    c(cases, "expert application: resident ID wrong check digit").send(HttpMethod.POST, path, who,
        () -> fx.expertApplication().with("residentId", wrongCheck(fx.applicant.getResidentId()))).expect(400, "residentId");
    c(cases, "expert application: resident ID 15-digit").send(HttpMethod.POST, path, who,
        () -> fx.expertApplication().with("residentId", "341302800101001")).expect(400, "residentId");
    c(cases, "expert application: mobile 10 digits").send(HttpMethod.POST, path, who,
        () -> fx.expertApplication().with("phone", "1380557123")).expect(400, "phone");
    c(cases, "expert application: review fields a text for a list").send(HttpMethod.POST, path, who,
        () -> fx.expertApplication().with("reviewFields", "NEW_MATERIALS")).expect(400, "reviewFields");
    c(cases, "expert application: review fields numbers").send(HttpMethod.POST, path, who,
        () -> fx.expertApplication().with("reviewFields", List.of(1))).expect(400, "reviewFields[0]");
    c(cases, "expert application: review field unknown").send(HttpMethod.POST, path, who,
        () -> fx.expertApplication().with("reviewFields", List.of("ROCKETS"))).expect(400, "reviewFields");
    c(cases, "expert application: consent \"yes\"").send(HttpMethod.POST, path, who,
        () -> fx.expertApplication().with("consent", "yes")).expect(400, "consent");
    c(cases, "expert application: consent false").send(HttpMethod.POST, path, who,
        () -> fx.expertApplication().with("consent", false)).expect(400, "consent");
    c(cases, "expert application: commissioner id \"abc\"").send(HttpMethod.POST, path, who,
        () -> fx.expertApplication().with("commissionerId", "abc")).expect(400, "commissionerId");
    c(cases, "expert application: title blank").send(HttpMethod.POST, path, who,
        () -> fx.expertApplication().with("title", "   ")).expect(400, "title");
  }

  /** POST /api/misconduct-cases as the district (P-17). */
  static void misconduct(Fixture fx, List<Case> cases) {
    String path = "/api/misconduct-cases";
    c(cases, "misconduct: occurred in the future").send(HttpMethod.POST, path, fx.district,
        () -> fx.misconduct().with("occurredOn", Fixture.today().plusDays(1).toString())).expect(400, "occurredOn");
    c(cases, "misconduct: occurred February 30").send(HttpMethod.POST, path, fx.district,
        () -> fx.misconduct().with("occurredOn", "2025-02-30")).expect(400, "occurredOn");
    c(cases, "misconduct: occurred before the dispatch").send(HttpMethod.POST, path, fx.district,
        () -> fx.misconduct().with("occurredOn", "1999-01-01")).expect(400, "occurredOn");
    c(cases, "misconduct: facts of 19 characters").send(HttpMethod.POST, path, fx.district,
        () -> fx.misconduct().with("facts", repeat("泄", 19))).expect(400, "facts");
    c(cases, "misconduct: category unknown").send(HttpMethod.POST, path, fx.district,
        () -> fx.misconduct().with("category", "THEFT")).expect(400, "category");
    c(cases, "misconduct: dispatch id \"abc\"").send(HttpMethod.POST, path, fx.district,
        () -> fx.misconduct().with("dispatchId", "abc")).expect(400, "dispatchId");
    c(cases, "misconduct: dispatch unknown").send(HttpMethod.POST, path, fx.district,
        () -> fx.misconduct().with("dispatchId", 987_654_321)).expect(400, "dispatchId");
    c(cases, "misconduct: evidence blank").send(HttpMethod.POST, path, fx.district,
        () -> fx.misconduct().with("evidence", " ")).expect(400, "evidence");
  }

  /** POST /api/districts/{code}/evaluation-schemes as the district (P-18): weights and grade lines. */
  static void schemes(Fixture fx, List<Case> cases) {
    String path = "/api/districts/" + fx.schemeDistrict + "/evaluation-schemes";
    String who = fx.schemeOfficial;
    c(cases, "scheme: weight 20.5").send(HttpMethod.POST, path, who,
        () -> fx.scheme().with("weightOrientation", new BigDecimal("20.5")).with("weightResults", new BigDecimal("29.5")))
        .expect(400, "weightOrientation", "weightResults");
    c(cases, "scheme: weight -10").send(HttpMethod.POST, path, who,
        () -> fx.scheme().with("weightOrientation", -10).with("weightResults", 60)).expect(400, "weightOrientation");
    c(cases, "scheme: weight \"abc\"").send(HttpMethod.POST, path, who,
        () -> fx.scheme().with("weightOrientation", "abc")).expect(400, "weightOrientation");
    c(cases, "scheme: grade line 101").send(HttpMethod.POST, path, who,
        () -> fx.scheme().with("excellentMin", 101)).expect(400, "excellentMin");
    c(cases, "scheme: grade line -1").send(HttpMethod.POST, path, who,
        () -> fx.scheme().with("basicMin", -1)).expect(400, "basicMin");
    c(cases, "scheme: service units missing").send(HttpMethod.POST, path, who,
        () -> fx.scheme().without("serviceUnitsConsulted")).expect(400, "serviceUnitsConsulted");
  }

  /** Query and path parameters of the wrong type, unknown paths and methods. */
  static void parametersAndRoutes(Fixture fx, List<Case> cases) {
    String city = fx.city;
    c(cases, "GET /api/rounds/abc").send(HttpMethod.GET, "/api/rounds/abc", city, null).expect(400, "year");
    c(cases, "GET /api/rounds/99999999999").send(HttpMethod.GET, "/api/rounds/99999999999", city, null)
        .expect(400, "year");
    c(cases, "GET /api/rounds/2025.5").send(HttpMethod.GET, "/api/rounds/2025.5", city, null).expect(400, "year");
    c(cases, "GET /api/rounds/abc/supply-demand").send(HttpMethod.GET, "/api/rounds/abc/supply-demand", city, null)
        .expect(400, "year");
    c(cases, "GET /api/project-applications?year=abc").send(HttpMethod.GET, "/api/project-applications?year=abc",
        city, null).expect(400, "year");
    c(cases, "GET /api/project-applications?year=1e3").send(HttpMethod.GET, "/api/project-applications?year=1e3",
        city, null).expect(400, "year");
    c(cases, "GET /api/project-applications?status=FOO").send(HttpMethod.GET,
        "/api/project-applications?status=FOO", city, null).expect(400, "status");
    c(cases, "GET /api/project-applications/abc").send(HttpMethod.GET, "/api/project-applications/abc", city, null)
        .expect(400, "id");
    c(cases, "GET /api/commissioners/abc").send(HttpMethod.GET, "/api/commissioners/abc", city, null).expect(400, "id");
    c(cases, "GET /api/commissioners/99999999999999999999 (over-long id)").send(HttpMethod.GET,
        "/api/commissioners/99999999999999999999", city, null).expect(400, "id");
    c(cases, "GET /api/commissioners?level=KING").send(HttpMethod.GET, "/api/commissioners?level=KING", city, null)
        .expect(400, "level");
    c(cases, "GET /api/dispatches/-1").send(HttpMethod.GET, "/api/dispatches/-1", city, null).expect(404);
    c(cases, "GET /api/nothing-here").send(HttpMethod.GET, "/api/nothing-here", city, null).expect(404);
    c(cases, "DELETE /api/districts").send(HttpMethod.DELETE, "/api/districts", city, null).expect(405);
    c(cases, "PUT /api/commissioners").send(HttpMethod.PUT, "/api/commissioners", city, () -> fx.commissionerEntry())
        .expect(405);
  }

  /** Starts over /engine-rest, through the typed contracts and the process rules. */
  static void engineStarts(Fixture fx, List<Case> cases) {
    String round = "/engine-rest/process-definition/key/" + SelectionRoundContract.PROCESS_KEY + "/start";
    String deadline = Fixture.today().plusDays(30).toString();
    String year = String.valueOf(fx.freeRoundYear == null ? 2099 : fx.freeRoundYear);
    String[] andYear = fx.freeRoundYear == null ? new String[] {"roundYear"} : new String[0];
    c(cases, "round: year 2099 opens nothing").send(HttpMethod.POST, round, fx.city, () -> fx.round(2099, deadline))
        .expect(400, "roundYear");
    c(cases, "round: year 2024 is no round year").send(HttpMethod.POST, round, fx.city, () -> fx.round(2024, deadline))
        .expect(400, "roundYear");
    c(cases, "round: year 2021 before the policy").send(HttpMethod.POST, round, fx.city, () -> fx.round(2021, deadline))
        .expect(400, "roundYear");
    c(cases, "round: year 2023, a round long past").send(HttpMethod.POST, round, fx.city,
        () -> fx.round(2023, deadline)).expect(400, "roundYear");
    c(cases, "round: year \"abc\" as text").send(HttpMethod.POST, round, fx.city, () -> fx.round(null, deadline)
        .with(SelectionRoundContract.ROUND_YEAR, "abc", "String")).expect(400, "roundYear");
    c(cases, "round: year \"abc\" typed Integer").send(HttpMethod.POST, round, fx.city, () -> fx.round("abc", deadline))
        .expect(400, "roundYear");
    c(cases, "round: year 2025.5 as a Double").send(HttpMethod.POST, round, fx.city, () -> fx.round(null, deadline)
        .with(SelectionRoundContract.ROUND_YEAR, 2025.5, "Double")).expect(400, "roundYear");
    c(cases, "round: year of unknown type").send(HttpMethod.POST, round, fx.city, () -> fx.round(null, deadline)
        .with(SelectionRoundContract.ROUND_YEAR, 2025, "Year")).expect(400, "roundYear");
    c(cases, "round: year not a variable object").send(HttpMethod.POST, round, fx.city, () -> fx.round(null, deadline)
        .raw(SelectionRoundContract.ROUND_YEAR, 2025)).expect(400, "roundYear");
    c(cases, "round: year missing").send(HttpMethod.POST, round, fx.city, () -> fx.round(null, deadline))
        .expect(400, "roundYear");
    c(cases, "round: deadline yesterday").send(HttpMethod.POST, round, fx.city,
        () -> fx.round(Integer.valueOf(year), Fixture.today().minusDays(1).toString()))
        .expect(400, concat(andYear, "collectionDeadline"));
    c(cases, "round: deadline two years ahead").send(HttpMethod.POST, round, fx.city,
        () -> fx.round(Integer.valueOf(year), Fixture.today().plusYears(2).toString()))
        .expect(400, concat(andYear, "collectionDeadline"));
    // a value not of its field's type is refused at the trust boundary, before the process's own rules
    c(cases, "round: deadline February 30").send(HttpMethod.POST, round, fx.city,
        () -> fx.round(Integer.valueOf(year), "2027-02-30")).expect(400, "collectionDeadline");
    c(cases, "round: extra variable openedBy").send(HttpMethod.POST, round, fx.city, () -> fx.round(2099, deadline)
        .with(SelectionRoundContract.CASE_TITLE, "伪造", "String")).expect(400, "caseTitle");

    String record = "/engine-rest/process-definition/key/" + ServiceRecordContract.PROCESS_KEY + "/start";
    String who = fx.commissioner.getUserId();
    c(cases, "engine service record: days 1.5 as a Double").send(HttpMethod.POST, record, who,
        () -> fx.serviceRecordVars().with(ServiceRecordContract.DAYS, 1.5, "Double")).expect(400, "days");
    c(cases, "engine service record: days \"abc\" as text").send(HttpMethod.POST, record, who,
        () -> fx.serviceRecordVars().with(ServiceRecordContract.DAYS, "abc", "String")).expect(400, "days");
    c(cases, "engine service record: days \"abc\" typed Integer").send(HttpMethod.POST, record, who,
        () -> fx.serviceRecordVars().with(ServiceRecordContract.DAYS, "abc", "Integer")).expect(400, "days");
    c(cases, "engine service record: days \"1.5\" as text").send(HttpMethod.POST, record, who,
        () -> fx.serviceRecordVars().with(ServiceRecordContract.DAYS, "1.5", "String")).expect(400, "days");
    c(cases, "engine service record: days 0").send(HttpMethod.POST, record, who,
        () -> fx.serviceRecordVars().with(ServiceRecordContract.DAYS, 0, "Integer")).expect(400, "days");
    c(cases, "engine service record: days 367").send(HttpMethod.POST, record, who,
        () -> fx.serviceRecordVars().with(ServiceRecordContract.DAYS, 367, "Integer")).expect(400, "days");
    c(cases, "engine service record: days beyond a long").send(HttpMethod.POST, record, who,
        () -> fx.serviceRecordVars().with(ServiceRecordContract.DAYS, "99999999999999999999", "String"))
        .expect(400, "days");
    c(cases, "engine service record: start date \"2025-02-30\"").send(HttpMethod.POST, record, who,
        () -> fx.serviceRecordVars().with(ServiceRecordContract.START_DATE, "2025-02-30", "String"))
        .expect(400, "startDate");
    c(cases, "engine service record: date typed Date, malformed").send(HttpMethod.POST, record, who,
        () -> fx.serviceRecordVars().with(ServiceRecordContract.START_DATE, "yesterday", "Date")).expect(400, "startDate");
    c(cases, "engine service record: extra variable serviceYear").send(HttpMethod.POST, record, who,
        () -> fx.serviceRecordVars().with(ServiceRecordContract.SERVICE_YEAR, 1, "Integer")).expect(400, "serviceYear");
    c(cases, "engine service record: summary of 生僻字 but 3 characters").send(HttpMethod.POST, record, who,
        () -> fx.serviceRecordVars().with(ServiceRecordContract.SUMMARY, "𠮷𡒄😀", "String")).expect(400, "summary");

    String project = "/engine-rest/process-definition/key/" + ProjectApplicationContract.PROCESS_KEY + "/start";
    c(cases, "engine project: duration 24.5 months").send(HttpMethod.POST, project, who,
        () -> fx.projectVars().with(ProjectApplicationContract.DURATION_MONTHS, 24.5, "Double")).expect(400, "durationMonths");
    c(cases, "engine project: total budget \"abc\"").send(HttpMethod.POST, project, who,
        () -> fx.projectVars().with(ProjectApplicationContract.TOTAL_BUDGET, "abc", "String")).expect(400, "totalBudget");
    c(cases, "engine project: pledge \"maybe\" typed Boolean").send(HttpMethod.POST, project, who,
        () -> fx.projectVars().with(ProjectApplicationContract.JOINT_PLEDGE, "maybe", "Boolean")).expect(400, "jointPledge");
    c(cases, "engine project: extra variable reviewPriority").send(HttpMethod.POST, project, who,
        () -> fx.projectVars().with(ProjectApplicationContract.REVIEW_PRIORITY, 100, "Integer")).expect(400, "reviewPriority");

    String expert = "/engine-rest/process-definition/key/" + ExpertApplicationContract.PROCESS_KEY + "/submit-form";
    String applicant = fx.applicant.getUserId();
    c(cases, "engine expert application: resident ID lower-case x").send(HttpMethod.POST, expert, applicant,
        () -> fx.expertVars().with(ExpertApplicationContract.RESIDENT_ID,
            TestIdsCheck.residentIdEndingX().toLowerCase(), "String")).expect(400, "residentId");
    c(cases, "engine expert application: consent typed Boolean \"abc\"").send(HttpMethod.POST, expert, applicant,
        () -> fx.expertVars().with(ExpertApplicationContract.CONSENT, "abc", "Boolean")).expect(400, "consent");
    c(cases, "engine expert application: extra variable applicantUserId").send(HttpMethod.POST, expert, applicant,
        () -> fx.expertVars().with(ExpertApplicationContract.APPLICANT_USER_ID, "admin", "String"))
        .expect(400, "applicantUserId");

    String report = "/engine-rest/process-definition/key/" + MisconductContract.PROCESS_KEY + "/start";
    c(cases, "engine misconduct: occurred in the future").send(HttpMethod.POST, report, fx.district,
        () -> fx.misconductVars().with(MisconductContract.OCCURRED_ON, Fixture.today().plusDays(2).toString(), "String"))
        .expect(400, "occurredOn");
    c(cases, "engine misconduct: dispatch id 1.5").send(HttpMethod.POST, report, fx.district,
        () -> fx.misconductVars().with(MisconductContract.DISPATCH_ID, 1.5, "Double")).expect(400, "dispatchId");
  }

  /** Completions over /engine-rest: values out of range or of the wrong type, undeclared and read-only fields. */
  static void engineCompletions(Fixture fx, List<Case> cases) {
    String review = "/engine-rest/task/" + fx.expertReviewTask + "/complete";
    c(cases, "complete expert review: decision MAYBE").send(HttpMethod.POST, review, fx.city,
        () -> fx.vars().with(ExpertApplicationContract.REVIEW_DECISION, "MAYBE", "String")).expect(400, "reviewDecision");
    c(cases, "complete expert review: reject without a reason").send(HttpMethod.POST, review, fx.city,
        () -> fx.vars().with(ExpertApplicationContract.REVIEW_DECISION, ExpertApplicationContract.REJECT, "String"))
        .expect(400, "rejectionReason");
    c(cases, "complete expert review: undeclared commissionerId").send(HttpMethod.POST, review, fx.city,
        () -> fx.vars().with(ExpertApplicationContract.REVIEW_DECISION, ExpertApplicationContract.APPROVE, "String")
            .with(ExpertApplicationContract.COMMISSIONER_ID, 1, "Long")).expect(400, "commissionerId");
    c(cases, "complete expert review: read-only applicant name changed").send(HttpMethod.POST, review, fx.city,
        () -> fx.vars().with(ExpertApplicationContract.REVIEW_DECISION, ExpertApplicationContract.APPROVE, "String")
            .with(ExpertApplicationContract.APPLICANT_NAME, "𠮷某", "String")).expect(400, "applicantName");

    String confirm = "/engine-rest/task/" + fx.confirmTask + "/complete";
    c(cases, "complete service confirmation: decision unknown").send(HttpMethod.POST, confirm, fx.contact,
        () -> fx.vars().with(ServiceRecordContract.RECORD_DECISION, "PERHAPS", "String")).expect(400, "recordDecision");
    c(cases, "complete service confirmation: dispute without a reason").send(HttpMethod.POST, confirm, fx.contact,
        () -> fx.vars().with(ServiceRecordContract.RECORD_DECISION, ServiceRecordContract.DISPUTE, "String"))
        .expect(400, "disputeReason");
    c(cases, "complete service confirmation: days slipped in").send(HttpMethod.POST, confirm, fx.contact,
        () -> fx.vars().with(ServiceRecordContract.RECORD_DECISION, ServiceRecordContract.CONFIRM, "String")
            .with(ServiceRecordContract.DAYS, 30, "Integer")).expect(400, "days");

    String score = "/engine-rest/task/" + fx.scoringTask + "/complete";
    String who = fx.scoringOfficial;
    Map<String, Object[]> scores = new LinkedHashMap<>();
    scores.put("score 101", new Object[] {101, "Integer"});
    scores.put("score -1", new Object[] {-1, "Integer"});
    scores.put("score 85.555", new Object[] {85.555, "Double"});
    scores.put("score \"abc\"", new Object[] {"abc", "String"});
    scores.put("score \"abc\" typed Integer", new Object[] {"abc", "Integer"});
    scores.put("score 1e6", new Object[] {1e6, "Double"});
    scores.forEach((name, value) -> c(cases, "complete evaluation scoring: " + name)
        .send(HttpMethod.POST, score, who, () -> fx.scores(value[0], (String) value[1])).expect(400, "scoreOrientation"));
    c(cases, "complete evaluation scoring: nothing sent").send(HttpMethod.POST, score, who,
        () -> fx.vars().with(YearlyEvaluationContract.DISTRICT_COMMENT, "无", "String"))
        .expect(400, "scoreOrientation", "scoreInitiative", "scoreSatisfaction", "scoreResults");
    c(cases, "complete evaluation scoring: undeclared grade").send(HttpMethod.POST, score, who,
        () -> fx.scores(90, "Integer").with(YearlyEvaluationContract.GRADE, "EXCELLENT", "String")).expect(400, "grade");
  }

  /** Users over /engine-rest: authorization before the password policy; the policy explained. */
  static void users(Fixture fx, List<Case> cases) {
    String create = "/engine-rest/user/create";
    c(cases, "user create: a commissioner with a policy-breaking password is 403").send(HttpMethod.POST, create,
        fx.commissioner.getUserId(), () -> newUser(fx.data.id("new"), "123")).expect(403);
    c(cases, "user create: a commissioner with a good password is 403").send(HttpMethod.POST, create,
        fx.commissioner.getUserId(), () -> newUser(fx.data.id("new"), "Good#Pass2026x")).expect(403);
    c(cases, "user create: the city bureau is 403").send(HttpMethod.POST, create, fx.city,
        () -> newUser(fx.data.id("new"), "short")).expect(403);
    c(cases, "user create: admin, password too short").send(HttpMethod.POST, create, fx.admin, fx.adminPassword, JSON,
        () -> newUser(fx.data.id("new"), "Ab#1")).expect(400, "credentials.password");
    c(cases, "user create: admin, password without upper case and special").send(HttpMethod.POST, create, fx.admin,
        fx.adminPassword, JSON, () -> newUser(fx.data.id("new"), "alllowercase123")).expect(400, "credentials.password");
    c(cases, "user create: admin, password holding the user id").send(HttpMethod.POST, create, fx.admin,
        fx.adminPassword, JSON, () -> {
          String id = fx.data.id("new");
          return newUser(id, "X#9" + id + "Yz");
        }).expect(400, "credentials.password");
    c(cases, "user create: admin, user id with spaces").send(HttpMethod.POST, create, fx.admin, fx.adminPassword, JSON,
        () -> newUser("bad id!", "Good#Pass2026x")).expect(400, "profile.id");
    c(cases, "user credentials: own password changed to a bad one").send(HttpMethod.PUT,
        "/engine-rest/user/" + fx.applicant.getUserId() + "/credentials", fx.applicant.getUserId(), TestData.PASSWORD,
        JSON, () -> Map.of("password", "weak", "authenticatedUserPassword", TestData.PASSWORD)).expect(400, "password");
  }

  private static Map<String, Object> newUser(String id, String password) {
    return Map.of("profile", Map.of("id", id, "firstName", "测试", "lastName", "用户", "email", id + "@example.cn"),
        "credentials", Map.of("password", password));
  }

  // ---------------------------------------------------------------- identifiers

  private static String[] concat(String[] first, String... more) {
    List<String> all = new ArrayList<>(Arrays.asList(first));
    all.addAll(Arrays.asList(more));
    return all.toArray(String[]::new);
  }

  /** The same identifier with another (wrong) last character. */
  static String wrongCheck(String id) {
    char last = id.charAt(id.length() - 1);
    char other = last == '0' ? '1' : last == 'X' ? '0' : (char) (Character.isDigit(last) ? (last == '9' ? '0' : last + 1)
        : '0');
    return id.substring(0, id.length() - 1) + other;
  }

  static String lowerLetters(String code) {
    return code.toLowerCase();
  }

  static String fullWidth(String ascii) {
    StringBuilder out = new StringBuilder();
    ascii.chars().forEach(ch -> out.append(ch >= '!' && ch <= '~' ? (char) (ch - '!' + '！') : (char) ch));
    return out.toString();
  }

  /** Identifiers built from the standards' formulas (as {@link TestIds}), broken in one way each. */
  static final class TestIdsCheck {
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    /** A USCC whose 11th character is the letter, with the check character recomputed: only the letter is wrong. */
    static String withLetter(String code, char letter) {
      String first17 = code.substring(0, 10) + letter + code.substring(11, 17);
      int sum = 0;
      int weight = 1;
      String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
      for (int i = 0; i < 17; i++) {
        int v = chars.indexOf(first17.charAt(i));
        sum += (v < 0 ? letter % 31 : v) * weight;
        weight = weight * 3 % 31;
      }
      return first17 + chars.charAt((31 - sum % 31) % 31);
    }

    /** A resident ID of 341302, the birth date given (yyyyMMdd, valid or not), with its check digit computed. */
    static String residentId(String birth) {
      String first17 = "341302" + birth + "123";
      return first17 + check(first17);
    }

    /** A valid resident ID whose check character is X. */
    static String residentIdEndingX() {
      for (int seq = 100; seq < 999; seq++) {
        String first17 = "34130219800101" + seq;
        if (check(first17) == 'X') {
          return first17 + 'X';
        }
      }
      throw new IllegalStateException("no resident ID ending in X");
    }

    private static char check(String first17) {
      int sum = 0;
      for (int i = 0; i < 17; i++) {
        sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
      }
      return "10X98765432".charAt(sum % 11);
    }
  }
}
