package cn.suzhou.shuanglian.support;

import static cn.suzhou.shuanglian.demand.DemandCollectionContract.DEMANDS;
import static cn.suzhou.shuanglian.demand.DemandCollectionContract.REVIEW_COMMENT;
import static cn.suzhou.shuanglian.demand.DemandCollectionContract.REVIEW_DECISION;
import static cn.suzhou.shuanglian.demand.DemandCollectionContract.SERVICE_UNITS;
import static cn.suzhou.shuanglian.demand.DemandCollectionContract.SUBMIT_CONFIRMED;
import static cn.suzhou.shuanglian.round.SelectionRoundContract.COLLECTION_DEADLINE;
import static cn.suzhou.shuanglian.round.SelectionRoundContract.ROUND_YEAR;
import static cn.suzhou.shuanglian.round.SelectionRoundContract.SUPPLY_DEMAND_CONFIRMED;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.demand.DemandCollectionContract;
import cn.suzhou.shuanglian.district.District;
import cn.suzhou.shuanglian.district.DistrictRepository;
import cn.suzhou.shuanglian.matching.MatchingContract;
import cn.suzhou.shuanglian.nomination.NominationContract;
import cn.suzhou.shuanglian.nomination.NominationRow;
import cn.suzhou.shuanglian.nomination.ReleaseRow;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.round.SelectionRoundContract;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.ApplicationContext;

/**
 * Drives a selection round through the engine API the way officials do in Tasklist (claim, fill,
 * complete as the user), for process tests that start where an earlier step ends.
 */
public final class RoundDriver {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final IdentityService identityService;
  private final DistrictRepository districts;
  private final ObjectMapper json;
  private final TestData data;
  private final ApplicationContext context;
  public final String city;

  public RoundDriver(ApplicationContext context, TestData data) {
    this.runtimeService = context.getBean(RuntimeService.class);
    this.taskService = context.getBean(TaskService.class);
    this.managementService = context.getBean(ManagementService.class);
    this.identityService = context.getBean(IdentityService.class);
    this.districts = context.getBean(DistrictRepository.class);
    this.json = context.getBean(ObjectMapper.class);
    this.data = data;
    this.context = context;
    this.city = data.cityOfficial();
  }

  public ProcessInstance startRound(int year, String deadline) {
    identityService.setAuthentication(city, List.of(Groups.CITY));
    try {
      return runtimeService.startProcessInstanceByKey(SelectionRoundContract.PROCESS_KEY,
          ROUND_YEAR.in(COLLECTION_DEADLINE.map(LocalDate.parse(deadline)), (long) year));
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The single open task of that name in the case with that business key. */
  public Task task(String businessKey, String name) {
    List<Task> open = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskName(name).list();
    assertThat(open).as("open task %s of %s", name, businessKey).hasSize(1);
    return open.get(0);
  }

  public List<Task> tasks(String businessKey, String name) {
    return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskName(name).list();
  }

  public Object jsonList(List<?> rows) {
    try {
      return SpinValues.jsonValue(json.writeValueAsString(rows)).create();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Rows of a form-js dynamic list, as Json (what a list variable of a contract holds). */
  public SpinJsonNode rows(List<?> rows) {
    try {
      return Spin.JSON(json.writeValueAsString(rows));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Claims and completes the task as the user, with the user's groups. */
  public void complete(Task task, String user, Map<String, Object> variables) {
    identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId).toList());
    try {
      taskService.claim(task.getId(), user);
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The district screens one new-materials service unit and lists one demand of it, which submits the list. */
  public String screenAndCollect(int year, String districtCode, String officer) {
    return screenAndCollect(year, districtCode, officer, "NEW_MATERIALS");
  }

  /** The district screens one service unit and lists one demand of it in the group, which submits the list. */
  public String screenAndCollect(int year, String districtCode, String officer, String industryGroup) {
    return screenAndCollect(year, districtCode, officer, industryGroup, null);
  }

  /** As {@link #screenAndCollect(int, String, String, String)}, the unit named {@code name} (else 宿州测试企业…). */
  public String screenAndCollect(int year, String districtCode, String officer, String industryGroup, String name) {
    String key = year + "-" + districtCode;
    String creditCode = data.creditCode();
    Map<String, Object> unit = DemandRows.serviceUnit(creditCode, name != null ? name : "宿州测试企业" + creditCode);
    unit.put("industryGroupCode", industryGroup);
    complete(task(key, "服务单位筛选"), officer, SERVICE_UNITS.map(rows(List.of(unit))));
    Map<String, Object> demand = DemandRows.demand(creditCode, "墙材强度提升" + districtCode);
    demand.put("industryGroupCode", industryGroup);
    complete(task(key, "技术需求征集"), officer, SUBMIT_CONFIRMED.in(DEMANDS.map(rows(List.of(demand))), true));
    return creditCode;
  }

  public void review(int year, String districtCode, String decision, String comment) {
    complete(task(year + "-" + districtCode, "市科技局审定"), city,
        REVIEW_COMMENT.in(REVIEW_DECISION.map(decision), comment));
  }

  /** Runs the round's waiting continuations as the job executor would. */
  public void executeJobs(String processInstanceId) {
    Rounds.executeJobs(managementService, processInstanceId);
  }

  /** A list of rows as a Json value, as Camunda Forms' dynamic lists submit it. */
  public SpinJsonNode json(List<?> rows) {
    try {
      return Spin.JSON(json.writeValueAsString(rows));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** The rows of a task's list variable, as the given record. */
  public <T> List<T> rows(Task task, Var<?> list, Class<T> row) {
    try {
      return json.readValue(taskService.getVariable(task.getId(), list.name()).toString(),
          json.getTypeFactory().constructCollectionType(List.class, row));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The group a task of one party (a source unit, a co-department, a district) is offered to. */
  public String candidateGroup(Task task) {
    List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
    assertThat(groups).as("candidate groups of %s", task.getName()).hasSize(1);
    return groups.get(0);
  }

  /**
   * Carries a round that is ready for nomination to the city's final matching task: the list of the
   * given commissioners (attested), every source unit releases, every co-department agrees, every
   * district confirms — each party's task answered by one of its own officials.
   */
  public void nominateAndConfirm(int year, List<Long> commissionerIds) {
    nominateAndConfirm(year, commissionerIds, () -> { });
  }

  /** As {@link #nominateAndConfirm(int, List)}, running {@code between} after each of its four steps. */
  public void nominateAndConfirm(int year, List<Long> commissionerIds, Runnable between) {
    List<NominationRow> rows = commissionerIds.stream()
        .map(id -> new NominationRow(id, null, null, null, true, null)).toList();
    complete(task(year + "-nomination", "拟定初步名单"), city, NominationContract.NOMINEES.map(json(rows)));
    between.run();
    var sourceUnits = context.getBean(cn.suzhou.shuanglian.sourceunit.SourceUnitRepository.class);
    for (Task release : tasks(year + "-nomination", "派出单位同意选派")) {
      String code = Groups.sourceUnitCodeOf(candidateGroup(release)).orElseThrow();
      List<ReleaseRow> answers = rows(release, NominationContract.RELEASES, ReleaseRow.class).stream()
          .map(r -> new ReleaseRow(r.commissionerId(), r.name(), r.industryGroupName(), NominationContract.RELEASE,
              null))
          .toList();
      complete(release, data.sourceUnitOfficial(sourceUnits.findById(code).orElseThrow()),
          NominationContract.RELEASES.map(json(answers)));
    }
    between.run();
    for (Task countersign : tasks(year + "-nomination", "会签初步名单")) {
      complete(countersign, data.user("codept", candidateGroup(countersign)),
          NominationContract.COUNTERSIGN_DECISION.map(NominationContract.AGREE));
    }
    between.run();
    for (Task confirm : tasks(year + "-matching", "确认匹配结果")) {
      String district = Groups.districtCodeOf(candidateGroup(confirm)).orElseThrow();
      complete(confirm, data.districtOfficial(district),
          MatchingContract.CONFIRMATION_DECISION.map(MatchingContract.CONFIRM));
    }
    between.run();
  }

  /**
   * A round whose eight districts each submitted one demand (of the given groups, in turn) and were
   * approved, and whose supply–demand comparison the city has reviewed: nomination is open.
   */
  public ProcessInstance roundReadyForNomination(int year, List<String> groups) {
    ProcessInstance round = startRound(year, Rounds.deadlineInDays(30));
    List<District> active = districts.findByActiveTrueOrderBySortOrder();
    for (int i = 0; i < active.size(); i++) {
      String code = active.get(i).getCode();
      screenAndCollect(year, code, data.districtOfficial(code), groups.get(i % groups.size()));
      review(year, code, DemandCollectionContract.APPROVE, null);
      executeJobs(round.getId());
    }
    complete(task(String.valueOf(year), "审阅供需比对结果"), city, SUPPLY_DEMAND_CONFIRMED.map(true));
    return round;
  }
}
