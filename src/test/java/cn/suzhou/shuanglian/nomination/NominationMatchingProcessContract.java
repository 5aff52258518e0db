package cn.suzhou.shuanglian.nomination;

import static cn.suzhou.shuanglian.matching.MatchingContract.CONFIRMATION_DECISION;
import static cn.suzhou.shuanglian.matching.MatchingContract.DISTRICT_CODE;
import static cn.suzhou.shuanglian.matching.MatchingContract.DISTRICT_MATCHES;
import static cn.suzhou.shuanglian.matching.MatchingContract.MATCHES;
import static cn.suzhou.shuanglian.nomination.NominationContract.AGREE;
import static cn.suzhou.shuanglian.nomination.NominationContract.ATTEST_ALL;
import static cn.suzhou.shuanglian.nomination.NominationContract.COUNTERSIGN_COMMENT;
import static cn.suzhou.shuanglian.nomination.NominationContract.COUNTERSIGN_DECISION;
import static cn.suzhou.shuanglian.nomination.NominationContract.DEPARTMENT;
import static cn.suzhou.shuanglian.nomination.NominationContract.DRAFT_NOTES;
import static cn.suzhou.shuanglian.nomination.NominationContract.NOMINEES;
import static cn.suzhou.shuanglian.nomination.NominationContract.OBJECT;
import static cn.suzhou.shuanglian.nomination.NominationContract.REFUSE;
import static cn.suzhou.shuanglian.nomination.NominationContract.RELEASE;
import static cn.suzhou.shuanglian.nomination.NominationContract.RELEASES;
import static cn.suzhou.shuanglian.nomination.NominationContract.SOURCE_UNIT_CODE;
import static cn.suzhou.shuanglian.nomination.NominationContract.SUPPLY_DEMAND_TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.commissioner.CommissionerLevel;
import cn.suzhou.shuanglian.commissioner.CommissionerRepository;
import cn.suzhou.shuanglian.matching.MatchConfirmationRepository;
import cn.suzhou.shuanglian.matching.MatchRow;
import cn.suzhou.shuanglian.matching.MatchingContract;
import cn.suzhou.shuanglian.matching.MatchingService;
import cn.suzhou.shuanglian.matching.RoundMatch;
import cn.suzhou.shuanglian.matching.RoundMatchRepository;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import cn.suzhou.shuanglian.round.RoundStatus;
import cn.suzhou.shuanglian.round.SelectionRound;
import cn.suzhou.shuanglian.round.SelectionRoundRepository;
import cn.suzhou.shuanglian.sourceunit.SourceUnit;
import cn.suzhou.shuanglian.support.RoundDriver;
import cn.suzhou.shuanglian.support.Rounds;
import cn.suzhou.shuanglian.support.TestData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/**
 * nomination and matching with the real delegates, DMN and database: the full path from an
 * approved round to final matches, and each rule broken once — a barred commissioner, 31 on the
 * list, a source unit's refusal, a countersign objection, a district left with 3, a commissioner in
 * two districts. On H2 and MariaDB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
    properties = "camunda.bpm.job-execution.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class NominationMatchingProcessContract {

  static final List<String> GROUPS = List.of("NEW_MATERIALS", "EQUIPMENT", "AGRI_FOOD", "DIGITAL");

  @Autowired ApplicationContext context;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired SelectionRoundRepository rounds;
  @Autowired CommissionerRepository commissioners;
  @Autowired NomineeRepository nominees;
  @Autowired NominationRepository nominations;
  @Autowired CountersignRepository countersigns;
  @Autowired RoundMatchRepository matches;
  @Autowired MatchConfirmationRepository confirmationRows;

  TestData data;
  RoundDriver drive;
  List<SourceUnit> units;
  Map<String, String> unitOfficials;

  @BeforeEach
  void fixtures() {
    BpmnAwareTests.init(engine);
    data = new TestData(context);
    drive = new RoundDriver(context, data);
    units = List.of(data.sourceUnit(), data.sourceUnit(), data.sourceUnit());
    unitOfficials = new HashMap<>();
    units.forEach(u -> unitOfficials.put(u.getCode(), data.sourceUnitOfficial(u)));
  }

  @AfterEach
  void reset() {
    identityService.clearAuthentication();
    BpmnAwareTests.reset();
  }

  /** Commissioners in the database, spread over the source units and the groups of the round's demands. */
  List<Commissioner> pool(int size) {
    List<Commissioner> pool = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      pool.add(data.commissioner(units.get(i % units.size()), GROUPS.get(i % GROUPS.size())));
    }
    return pool;
  }

  int readyRound() {
    int year = Rounds.freshYear(rounds);
    drive.roundReadyForNomination(year, GROUPS);
    return year;
  }

  static NominationRow attested(Commissioner c) {
    return new NominationRow(c.getId(), null, null, null, true, null);
  }

  void draft(int year, List<Commissioner> list) {
    drive.complete(drive.task(year + "-nomination", "拟定初步名单"), drive.city,
        NOMINEES.map(drive.json(list.stream().map(NominationMatchingProcessContract::attested).toList())));
  }

  String text(Task task, Var<String> variable) {
    return (String) taskService.getVariable(task.getId(), variable.name());
  }

  /** The source unit a release task is offered to (its candidate group). */
  String unitOf(Task release) {
    return Groups.sourceUnitCodeOf(drive.candidateGroup(release)).orElseThrow();
  }

  /** A source unit's answers: everyone released, except the refusals given (commissioner id → reason). */
  List<ReleaseRow> answers(Task release, Map<Long, String> refusals) {
    return drive.rows(release, RELEASES, ReleaseRow.class).stream().map(r -> {
      String reason = refusals.get(r.commissionerId());
      return new ReleaseRow(r.commissionerId(), r.name(), r.industryGroupName(), reason == null ? RELEASE : REFUSE,
          reason);
    }).toList();
  }

  /** Every source unit releases everyone, except the refusals given (commissioner id → reason). */
  void release(int year, Map<Long, String> refusals) {
    for (Task task : drive.tasks(year + "-nomination", "派出单位同意选派")) {
      drive.complete(task, unitOfficials.get(unitOf(task)), RELEASES.map(drive.json(answers(task, refusals))));
    }
  }

  void countersign(int year, String objectingGroup, String reason) {
    for (Task task : drive.tasks(year + "-nomination", "会签初步名单")) {
      String department = drive.candidateGroup(task);
      boolean objects = department.equals(objectingGroup);
      drive.complete(task, data.user("codept", department), COUNTERSIGN_COMMENT.in(
          COUNTERSIGN_DECISION.map(objects ? OBJECT : AGREE), objects ? reason : null));
    }
  }

  void confirmAll(int year) {
    for (Task task : drive.tasks(year + "-matching", "确认匹配结果")) {
      String district = Groups.districtCodeOf(drive.candidateGroup(task)).orElseThrow();
      drive.complete(task, data.districtOfficial(district), CONFIRMATION_DECISION.map(MatchingContract.CONFIRM));
    }
  }

  SelectionRound round(int year) {
    return rounds.findByActiveYear(year).orElseThrow();
  }

  Nomination nomination(int year) {
    return nominations.findByRoundId(round(year).getId()).orElseThrow();
  }

  @Test
  @Tag("P-01") @Tag("P-02") @Tag("P-03") @Tag("P-08") @Tag("P-11") @Tag("P-12") @Tag("P-13")
  @DisplayName("P-01/P-02/P-11/P-13 from an approved round to final matches: list, releases, countersign, computed matching, every district ≥ 4, round ≥ 32, each pair explained; provincial-level commissioners nominated and matched alongside city-level ones")
  void fullPath() throws Exception {
    List<Commissioner> pool = pool(30);
    // P-13: provincial-level commissioners are nominated and matched alongside the city's own
    List<Commissioner> provincial = List.of(
        data.commissioner(units.get(0), "NEW_MATERIALS", CommissionerLevel.PROVINCIAL),
        data.commissioner(units.get(1), "EQUIPMENT", CommissionerLevel.PROVINCIAL),
        data.commissioner(units.get(2), "AGRI_FOOD", CommissionerLevel.PROVINCIAL),
        data.commissioner(units.get(0), "DIGITAL", CommissionerLevel.PROVINCIAL));
    pool.addAll(provincial);
    int year = readyRound();
    Task draftTask = drive.task(year + "-nomination", "拟定初步名单");
    assertThat(taskService.getIdentityLinksForTask(draftTask.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(Groups.CITY));
    assertThat(text(draftTask, SUPPLY_DEMAND_TEXT)).contains("需求");
    // the case's list is the one linked to this process instance, of the round that called it
    assertThat(nomination(year).getProcessInstanceId()).isEqualTo(draftTask.getProcessInstanceId());

    draft(year, pool);
    Long nominationId = nomination(year).getId();
    Map<Long, Nominee> listed = nominees.findByNominationIdOrderById(nominationId).stream()
        .collect(Collectors.toMap(n -> n.getCommissioner().getId(), n -> n));
    assertThat(listed).hasSize(34);
    assertThat(provincial).allSatisfy(p -> {
      Nominee n = listed.get(p.getId());
      assertThat(n).as("provincial %s on the list", p.getName()).isNotNull();
      assertThat(n.isProvincial()).isTrue();
      assertThat(n.getEligibilityReason()).isEqualTo("符合选派条件");
    });
    assertThat(listed.values().stream().filter(Nominee::isProvincial).count()).isEqualTo(4);
    assertThat(drive.tasks(year + "-nomination", "派出单位同意选派")).hasSize(3)
        .allSatisfy(t -> assertThat(drive.candidateGroup(t)).startsWith(Groups.SOURCE_UNIT_PREFIX));
    release(year, Map.of());
    assertThat(drive.tasks(year + "-nomination", "会签初步名单")).hasSize(4);
    countersign(year, null, null);

    assertThat(round(year).getStatus()).isEqualTo(RoundStatus.MATCHING);
    List<Task> confirmations = drive.tasks(year + "-matching", "确认匹配结果");
    assertThat(confirmations).hasSize(8);
    assertThat(drive.rows(confirmations.get(0), DISTRICT_MATCHES, MatchingService.DistrictMatchLine.class)).isNotEmpty()
        .allSatisfy(r -> assertThat(r.explanation()).contains("公里"));
    confirmAll(year);

    Task finalise = drive.task(year + "-matching", "确定匹配方案");
    List<MatchRow> proposal = drive.rows(finalise, MATCHES, MatchRow.class);
    assertThat(proposal).hasSize(34);
    drive.complete(finalise, drive.city, MATCHES.map(drive.json(proposal)));

    List<RoundMatch> result = matches.findByRoundIdOrderByDistrictSortOrderAscIdAsc(round(year).getId());
    assertThat(result).hasSize(34).allSatisfy(m -> {
      assertThat(m.getStatus()).isEqualTo(RoundMatch.Status.FINAL);
      assertThat(m.getExplanation()).isNotBlank();
      assertThat(m.getServiceUnitIds()).isNotEmpty();
    });
    Map<String, Long> perDistrict = result.stream().collect(Collectors.groupingBy(m -> m.getDistrict().getCode(),
        Collectors.counting()));
    assertThat(perDistrict).hasSize(8).allSatisfy((d, n) -> assertThat(n).isGreaterThanOrEqualTo(4));
    Map<Long, RoundMatch> byCommissioner = result.stream()
        .collect(Collectors.toMap(m -> m.getCommissioner().getId(), m -> m));
    assertThat(provincial).allSatisfy(p -> {
      RoundMatch m = byCommissioner.get(p.getId());
      assertThat(m).as("provincial %s matched", p.getName()).isNotNull();
      assertThat(m.getStatus()).isEqualTo(RoundMatch.Status.FINAL);
      assertThat(m.getCommissioner().getLevel()).isEqualTo(CommissionerLevel.PROVINCIAL);
      assertThat(m.getServiceUnitIds()).isNotEmpty();
      // each goes on to an agreement of their own, like a city-level one (P-12(3))
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("agreementSigning")
          .processInstanceBusinessKey(year + "-" + m.getDistrict().getCode() + "-" + p.getName()).count()).isEqualTo(1);
    });
    // matched: the round goes on to sign one agreement per final match (P-12(3))
    assertThat(round(year).getStatus()).isEqualTo(RoundStatus.SIGNING);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("agreementSigning")
        .processInstanceBusinessKeyLike(year + "-%").count()).isEqualTo(34);
  }

  @Test
  @Tag("P-18") @Tag("P-07") @Tag("P-08")
  @DisplayName("P-18/P-07 a barred commissioner, or one whose conditions are not attested, is refused from the list with the reason; nothing written")
  void barredCommissionerIsRefused() throws Exception {
    List<Commissioner> pool = pool(33);
    Commissioner barred = pool.get(5);
    barred.bar("2023年度考核不合格");
    commissioners.save(barred);
    int year = readyRound();
    List<NominationRow> rows = new ArrayList<>();
    for (Commissioner c : pool) {
      rows.add(new NominationRow(c.getId(), null, null, null, c != pool.get(7), null));
    }
    Task draftTask = drive.task(year + "-nomination", "拟定初步名单");
    assertThatThrownBy(() -> drive.complete(draftTask, drive.city, NOMINEES.map(drive.json(rows))))
        .satisfies(e -> {
          ProcessRuleViolation violation = ProcessRuleViolation.findIn(e).orElseThrow();
          assertThat(violation.problems()).extracting(ProcessRuleViolation.Problem::field)
              .containsExactly(NOMINEES.name() + "[5].commissionerId", NOMINEES.name() + "[7].conditionsAttested");
          assertThat(violation.problems().get(0).message()).contains(barred.getName()).contains("P-18");
          assertThat(violation.problems().get(1).message()).contains("P-07");
        });
    Long nominationId = nomination(year).getId();
    assertThat(nominees.findByNominationIdOrderById(nominationId)).isEmpty();

    // one declaration for the whole list attests every row; the barred one is still refused
    assertThatThrownBy(() -> drive.complete(draftTask, drive.city,
        ATTEST_ALL.in(NOMINEES.map(drive.json(rows)), true)))
        .satisfies(e -> assertThat(ProcessRuleViolation.findIn(e).orElseThrow().problems())
            .extracting(ProcessRuleViolation.Problem::field).containsExactly(NOMINEES.name() + "[5].commissionerId"));
    rows.remove(5);
    drive.complete(draftTask, drive.city, ATTEST_ALL.in(NOMINEES.map(drive.json(rows)), true));
    assertThat(nominees.findByNominationIdOrderById(nominationId)).hasSize(32)
        .allSatisfy(n -> assertThat(n.isConditionsAttested()).isTrue());
  }

  @Test
  @Tag("P-01") @Tag("P-02")
  @DisplayName("P-01/P-02 a list of 31 cannot give 8 districts 4 each: it goes back to the city saying so")
  void thirtyOneAreNotEnough() throws Exception {
    List<Commissioner> pool = pool(32);
    int year = readyRound();
    draft(year, pool.subList(0, 31));
    Task again = drive.task(year + "-nomination", "拟定初步名单");
    assertThat(text(again, DRAFT_NOTES)).contains("31").contains("32");
    assertThat(drive.tasks(year + "-nomination", "派出单位同意选派")).isEmpty();
    draft(year, pool);
    assertThat(drive.tasks(year + "-nomination", "派出单位同意选派")).isNotEmpty();
  }

  @Test
  @Tag("P-08") @Tag("P-03")
  @DisplayName("P-08/P-03 a source unit's refusal takes the person off and the city replaces them; a countersign objection returns the list with the reason")
  void refusalAndObjection() throws Exception {
    List<Commissioner> pool = pool(34);
    int year = readyRound();
    draft(year, pool.subList(0, 33));
    Commissioner refused = pool.get(4);
    release(year, Map.of(refused.getId(), "本人承担国家重点研发计划项目，无法脱产"));

    Task again = drive.task(year + "-nomination", "拟定初步名单");
    assertThat(text(again, DRAFT_NOTES)).contains(refused.getName()).contains("无法脱产");
    List<Commissioner> replaced = new ArrayList<>(pool.subList(0, 33));
    replaced.remove(refused);
    replaced.add(pool.get(33));
    draft(year, replaced);
    List<Task> secondRelease = drive.tasks(year + "-nomination", "派出单位同意选派");
    assertThat(secondRelease).as("only the replacement's unit is asked").hasSize(1);
    assertThat(drive.rows(secondRelease.get(0), RELEASES, ReleaseRow.class)).singleElement()
        .satisfies(r -> assertThat(r.commissionerId()).isEqualTo(pool.get(33).getId()));
    release(year, Map.of());

    countersign(year, "codept-hrss", "人选中高级职称比例偏低");
    Task afterObjection = drive.task(year + "-nomination", "拟定初步名单");
    assertThat(text(afterObjection, DRAFT_NOTES)).contains("市人社局").contains("高级职称比例偏低");
    draft(year, replaced);
    countersign(year, null, null);
    Long nominationId = nomination(year).getId();
    assertThat(countersigns.findByNominationIdOrderByAttemptNoAscIdAsc(nominationId)).hasSize(8);
    assertThat(round(year).getStatus()).isEqualTo(RoundStatus.MATCHING);
  }

  @Test
  @Tag("P-08")
  @DisplayName("P-08 a source unit's release task answers for that unit's staff only: another unit's official is refused, and the task's variables cannot redirect it")
  void releaseAnswersForItsOwnUnitOnly() throws Exception {
    List<Commissioner> pool = pool(33);
    int year = readyRound();
    draft(year, pool);
    List<Task> releases = drive.tasks(year + "-nomination", "派出单位同意选派");
    assertThat(releases).hasSize(3);
    Task first = releases.get(0);
    Task second = releases.get(1);
    String firstUnit = unitOf(first);
    String secondUnit = unitOf(second);
    String secondOfficial = unitOfficials.get(secondUnit);

    // the second unit's official, made a candidate of the first unit's task (a reassignment the trust
    // boundary refuses anyway), answers it with the first unit's rows: refused
    taskService.addCandidateUser(first.getId(), secondOfficial);
    assertThatThrownBy(() -> drive.complete(first, secondOfficial, RELEASES.map(drive.json(answers(first, Map.of())))))
        .satisfies(e -> {
          ProcessRuleViolation violation = ProcessRuleViolation.findIn(e).orElseThrow();
          assertThat(violation.field()).isEqualTo(RELEASES.name());
          assertThat(violation.getMessage()).contains(sourceUnitName(firstUnit)).contains("P-08");
        });

    // the element variable rewritten to the official's own unit (a write the trust boundary refuses
    // anyway) changes nothing: the task still answers for the unit it was opened for
    runtimeService.setVariableLocal(first.getExecutionId(), SOURCE_UNIT_CODE.name(), secondUnit);
    assertThatThrownBy(() -> drive.complete(first, secondOfficial, RELEASES.map(drive.json(answers(second, Map.of())))))
        .satisfies(e -> assertThat(ProcessRuleViolation.findIn(e).orElseThrow().getMessage())
            .contains(sourceUnitName(firstUnit)));
    assertThat(nominees.findByNominationIdOrderById(nomination(year).getId()))
        .allSatisfy(n -> assertThat(n.getReleaseStatus()).isEqualTo(ReleaseStatus.PENDING));

    // answered by its own official, the first task releases exactly the first unit's staff
    taskService.setAssignee(first.getId(), null);
    drive.complete(first, unitOfficials.get(firstUnit), RELEASES.map(drive.json(answers(first, Map.of()))));
    assertThat(nominees.findByNominationIdOrderById(nomination(year).getId())).allSatisfy(n ->
        assertThat(n.getReleaseStatus()).isEqualTo(n.getCommissioner().getSourceUnit().getCode().equals(firstUnit)
            ? ReleaseStatus.RELEASED : ReleaseStatus.PENDING));
  }

  @Test
  @Tag("P-03")
  @DisplayName("P-03 a co-department countersigns only its own task: another department's member is refused, whatever the task's variables say")
  void countersignOnlyByItsDepartment() throws Exception {
    List<Commissioner> pool = pool(32);
    int year = readyRound();
    draft(year, pool);
    release(year, Map.of());
    Task hrss = drive.tasks(year + "-nomination", "会签初步名单").stream()
        .filter(t -> drive.candidateGroup(t).equals("codept-hrss")).findFirst().orElseThrow();
    String orgMember = data.user("codept", "codept-org");
    // a member of another department made a candidate, the task's element variable rewritten to that
    // department (both refused by the trust boundary anyway): the task still answers for its own
    taskService.addCandidateUser(hrss.getId(), orgMember);
    runtimeService.setVariableLocal(hrss.getExecutionId(), DEPARTMENT.name(), "codept-org");
    assertThatThrownBy(() -> drive.complete(hrss, orgMember, COUNTERSIGN_DECISION.map(AGREE)))
        .satisfies(e -> {
          ProcessRuleViolation violation = ProcessRuleViolation.findIn(e).orElseThrow();
          assertThat(violation.field()).isEqualTo(COUNTERSIGN_DECISION.name());
          assertThat(violation.getMessage()).contains("市人社局").contains("P-03");
        });
    assertThat(countersigns.findByNominationIdOrderByAttemptNoAscIdAsc(nomination(year).getId())).isEmpty();

    taskService.setAssignee(hrss.getId(), null);
    drive.complete(hrss, data.user("codept", "codept-hrss"), COUNTERSIGN_DECISION.map(AGREE));
    assertThat(countersigns.findByNominationIdOrderByAttemptNoAscIdAsc(nomination(year).getId())).singleElement()
        .satisfies(c -> assertThat(c.getDepartmentGroup()).isEqualTo("codept-hrss"));
  }

  @Test
  @Tag("P-11")
  @DisplayName("P-11 a district confirms only its own part: another district's official is refused, whatever the task's variables say")
  void confirmationOnlyByItsDistrict() throws Exception {
    List<Commissioner> pool = pool(32);
    int year = readyRound();
    draft(year, pool);
    release(year, Map.of());
    countersign(year, null, null);
    List<Task> confirmations = drive.tasks(year + "-matching", "确认匹配结果");
    Task first = confirmations.get(0);
    String firstDistrict = Groups.districtCodeOf(drive.candidateGroup(first)).orElseThrow();
    String otherDistrict = Groups.districtCodeOf(drive.candidateGroup(confirmations.get(1))).orElseThrow();
    String otherOfficial = data.districtOfficial(otherDistrict);
    // another district's official made a candidate, the task's element variable rewritten to their
    // district (both refused by the trust boundary anyway): the task still answers for its own district
    taskService.addCandidateUser(first.getId(), otherOfficial);
    runtimeService.setVariableLocal(first.getExecutionId(), DISTRICT_CODE.name(), otherDistrict);
    assertThatThrownBy(() -> drive.complete(first, otherOfficial, CONFIRMATION_DECISION.map(MatchingContract.CONFIRM)))
        .satisfies(e -> {
          ProcessRuleViolation violation = ProcessRuleViolation.findIn(e).orElseThrow();
          assertThat(violation.field()).isEqualTo(CONFIRMATION_DECISION.name());
          assertThat(violation.getMessage()).contains(districtName(firstDistrict)).contains("P-11");
        });
    assertThat(confirmationRows.findByRoundIdOrderById(round(year).getId())).isEmpty();

    taskService.setAssignee(first.getId(), null);
    drive.complete(first, data.districtOfficial(firstDistrict), CONFIRMATION_DECISION.map(MatchingContract.CONFIRM));
    assertThat(confirmationRows.findByRoundIdOrderById(round(year).getId())).singleElement()
        .satisfies(c -> assertThat(c.getDistrictCode()).isEqualTo(firstDistrict));
  }

  @Test
  @Tag("P-02") @Tag("P-01")
  @DisplayName("P-02 finalising a matching that leaves a district with 3, or a commissioner in two districts, is refused naming the district")
  void finalMatchingIsRechecked() throws Exception {
    List<Commissioner> pool = pool(32);
    int year = readyRound();
    draft(year, pool);
    release(year, Map.of());
    countersign(year, null, null);
    confirmAll(year);
    Task finalise = drive.task(year + "-matching", "确定匹配方案");
    List<MatchRow> proposal = drive.rows(finalise, MATCHES, MatchRow.class);
    assertThat(proposal).hasSize(32);

    // 32 over 8: every district has exactly 4; move one away
    List<MatchRow> short3 = new ArrayList<>(proposal);
    String from = short3.get(0).districtCode();
    String to = short3.stream().map(MatchRow::districtCode).filter(d -> !d.equals(from)).findFirst().orElseThrow();
    MatchRow moved = short3.get(0);
    short3.set(0, new MatchRow(moved.commissionerId(), moved.name(), moved.industryGroupName(), to,
        moved.explanation()));
    assertThatThrownBy(() -> drive.complete(finalise, drive.city, MATCHES.map(drive.json(short3))))
        .satisfies(e -> assertThat(ProcessRuleViolation.findIn(e).orElseThrow().getMessage())
            .contains(districtName(from)).contains("3 名").contains("P-02"));

    List<MatchRow> twice = new ArrayList<>(proposal);
    twice.set(1, twice.get(0));
    assertThatThrownBy(() -> drive.complete(finalise, drive.city, MATCHES.map(drive.json(twice))))
        .satisfies(e -> assertThat(ProcessRuleViolation.findIn(e).orElseThrow().getMessage()).contains("重复出现"));
    assertThat(matches.findByRoundIdOrderByDistrictSortOrderAscIdAsc(round(year).getId()))
        .allSatisfy(m -> assertThat(m.getStatus()).isEqualTo(RoundMatch.Status.PROPOSED));

    drive.complete(finalise, drive.city, MATCHES.map(drive.json(proposal)));
    assertThat(round(year).getStatus()).isEqualTo(RoundStatus.SIGNING);
  }

  String districtName(String code) {
    return context.getBean(cn.suzhou.shuanglian.district.DistrictRepository.class).findById(code).orElseThrow()
        .getName();
  }

  String sourceUnitName(String code) {
    return units.stream().filter(u -> u.getCode().equals(code)).findFirst().orElseThrow().getName();
  }
}
