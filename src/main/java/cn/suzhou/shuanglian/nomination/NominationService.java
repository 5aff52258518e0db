package cn.suzhou.shuanglian.nomination;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.commissioner.CommissionerLevel;
import cn.suzhou.shuanglian.commissioner.Commissioners;
import cn.suzhou.shuanglian.nomination.Countersign.Decision;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.validation.Characters;
import cn.suzhou.shuanglian.platform.web.Messages;
import cn.suzhou.shuanglian.round.RoundProperties;
import cn.suzhou.shuanglian.round.RoundStatus;
import cn.suzhou.shuanglian.round.SelectionRound;
import cn.suzhou.shuanglian.round.SupplyDemandComparison;
import cn.suzhou.shuanglian.round.SupplyDemandSummary;
import cn.suzhou.shuanglian.round.SupplyDemandSummary.DistrictLine;
import cn.suzhou.shuanglian.round.SupplyDemandSummary.IndustryLine;
import cn.suzhou.shuanglian.sourceunit.SourceUnits;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The preliminary list of a round (P-03, P-04, P-07, P-08, P-12(2), P-13): drafted by the city
 * bureau from the commissioner information database, each candidate checked by the eligibility
 * table, released by their source unit, countersigned by the co-departments, and able to give
 * every district its minimum and the round its total (P-01, P-02).
 *
 * <p>Bean name {@code nominations}: the process asks {@code countersignGroups()} for its
 * countersign tasks. Each case's list is the {@link Nomination} linked to its process instance;
 * each release and countersign task answers for the party recorded when it was created
 * ({@link NominationTask}), and only a member of that party's group may answer it.
 */
@Service("nominations")
@Transactional
public class NominationService {

  private final NominationRepository nominations;
  private final NomineeRepository nominees;
  private final CountersignRepository countersigns;
  private final NominationTaskRepository tasks;
  private final Commissioners commissioners;
  private final SourceUnits sourceUnits;
  private final SupplyDemandComparison comparison;
  private final EligibilityCheck eligibility;
  private final Messages messages;
  private final RoundProperties properties;

  public NominationService(NominationRepository nominations, NomineeRepository nominees,
      CountersignRepository countersigns, NominationTaskRepository tasks, Commissioners commissioners,
      SourceUnits sourceUnits, SupplyDemandComparison comparison, EligibilityCheck eligibility,
      Messages messages, RoundProperties properties) {
    this.nominations = nominations;
    this.nominees = nominees;
    this.countersigns = countersigns;
    this.tasks = tasks;
    this.commissioners = commissioners;
    this.sourceUnits = sourceUnits;
    this.comparison = comparison;
    this.eligibility = eligibility;
    this.messages = messages;
    this.properties = properties;
  }

  /** The round's list, opened on first call and linked to the case; the round moves to NOMINATING. */
  public Nomination open(SelectionRound round, String processInstanceId) {
    round.moveTo(RoundStatus.NOMINATING);
    Nomination nomination = nominations.findByRoundId(round.getId())
        .orElseGet(() -> nominations.save(new Nomination(round, processInstanceId)));
    nomination.attachProcess(processInstanceId);
    return nomination;
  }

  /** The list of the nomination case with this process instance. */
  @Transactional(readOnly = true)
  public Nomination ofCase(String processInstanceId) {
    return nominations.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("no nomination for process instance " + processInstanceId));
  }

  /** The commissioners on the list (not refused by their source unit). */
  @Transactional(readOnly = true)
  public List<Nominee> onList(Nomination nomination) {
    return nominees.findByNominationIdOrderById(nomination.getId()).stream()
        .filter(n -> n.getReleaseStatus() != ReleaseStatus.REFUSED).toList();
  }

  /** What the city's draft task shows. */
  public record Draft(List<NominationRow> nominees, List<CandidateLine> candidates, String supplyDemandText,
      int requiredTotal, int minPerDistrict) {}

  /** One commissioner of the information database, as the draft task's reference table shows them. */
  public record CandidateLine(Long commissionerId, String name, String sourceUnitName, String sourceUnitTypeName,
      String industryGroupName, String levelName, String expertise, String note) {}

  /**
   * What the city's draft task shows: the list as it stands — or, before anything is drafted,
   * every commissioner of the database who is not barred, with the P-07 conditions still to be
   * attested — the database for reference, the supply–demand comparison and the required size.
   */
  @Transactional(readOnly = true)
  public Draft draft(Nomination nomination) {
    List<Nominee> list = onList(nomination);
    List<Commissioner> database = commissioners.findAllByOrderById();
    List<NominationRow> rows = list.isEmpty()
        ? database.stream().filter(c -> !c.isBarred()).map(c -> row(c, false)).toList()
        : list.stream().map(n -> row(n.getCommissioner(), n.isConditionsAttested())).toList();
    List<CandidateLine> table = database.stream().map(c -> new CandidateLine(c.getId(), c.getName(),
        c.getSourceUnit().getName(), c.getSourceUnit().getType().label(), c.getIndustryGroup().getName(),
        levelName(c.getLevel() == CommissionerLevel.PROVINCIAL), c.getExpertise(),
        c.isBarred() ? messages.get("nomination.note.barred") : "")).toList();
    SelectionRound round = nomination.getRound();
    return new Draft(rows, table, supplyDemandText(round), properties.requiredTotal(round.getDistrictCodes().size()),
        properties.minPerDistrict());
  }

  private static String levelName(boolean provincial) {
    return provincial ? "省级" : "市级";
  }

  private static NominationRow row(Commissioner c, boolean attested) {
    return new NominationRow(c.getId(), c.getName(), c.getSourceUnit().getName(), c.getIndustryGroup().getName(),
        attested, c.getLevel() == CommissionerLevel.PROVINCIAL);
  }

  private String supplyDemandText(SelectionRound round) {
    if (round.getSummaryCompiledAt() == null) {
      return "";
    }
    SupplyDemandSummary summary = comparison.read(round);
    return summary.byIndustry().stream().filter(l -> l.demandCount() > 0 || l.commissionerCount() > 0)
        .map(l -> messages.get("nomination.supplyDemand.line", l.industryGroupName(), l.demandCount(),
            l.commissionerCount()))
        .collect(Collectors.joining("\n"));
  }

  /**
   * Replaces the list by the city's rows: every row is checked by the eligibility table (barred,
   * twice on the list, source-unit type, P-07 attested) and all problems come back at once; the
   * source unit's answers are kept for commissioners who stay, a refused one put back is asked again.
   */
  public void replaceList(Nomination nomination, List<NominationRow> rows, String userId) {
    String listName = NominationContract.NOMINEES.name();
    List<Problem> problems = new ArrayList<>();
    if (rows.isEmpty()) {
      problems.add(new Problem(listName, messages.get("nomination.list.empty")));
    }
    Map<Long, Commissioner> byId = commissioners.findAllByOrderById().stream()
        .collect(Collectors.toMap(Commissioner::getId, Function.identity()));
    Set<Long> seen = new HashSet<>();
    Map<Long, String> accepted = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      NominationRow row = rows.get(i);
      String at = listName + "[" + i + "]";
      if (row == null || row.commissionerId() == null) {
        problems.add(new Problem(at + ".commissionerId", messages.get("nomination.row.problem", i + 1, "",
            messages.get("nomination.row.idRequired"))));
        continue;
      }
      Commissioner c = byId.get(row.commissionerId());
      if (c == null) {
        problems.add(new Problem(at + ".commissionerId", messages.get("nomination.row.problem", i + 1, "",
            messages.get("nomination.row.unknown", row.commissionerId()))));
        continue;
      }
      boolean isAttested = Boolean.TRUE.equals(row.conditionsAttested());
      EligibilityCheck.Outcome outcome = eligibility.of(c, isAttested, !seen.add(c.getId()));
      if (!outcome.eligible()) {
        String field = isAttested ? "commissionerId" : "conditionsAttested";
        String reason = c.isBarred() && c.getBarredReason() != null
            ? outcome.reason() + messages.get("nomination.row.barredBecause", c.getBarredReason()) : outcome.reason();
        problems.add(new Problem(at + "." + field,
            messages.get("nomination.row.problem", i + 1, "（" + c.getName() + "）", reason)));
        continue;
      }
      accepted.put(c.getId(), outcome.reason());
    }
    if (!problems.isEmpty()) {
      throw new ProcessRuleViolation(problems);
    }
    Map<Long, Nominee> existing = nominees.findByNominationIdOrderById(nomination.getId()).stream()
        .collect(Collectors.toMap(n -> n.getCommissioner().getId(), Function.identity()));
    Instant now = now();
    for (Map.Entry<Long, String> entry : accepted.entrySet()) {
      Nominee nominee = existing.remove(entry.getKey());
      if (nominee == null) {
        nominees.save(new Nominee(nomination, byId.get(entry.getKey()), entry.getValue(), userId, now));
      } else {
        nominee.askAgain();
      }
    }
    // those the city took off; refused ones stay recorded with their source unit's reason, now read
    existing.values().stream().filter(n -> n.getReleaseStatus() == ReleaseStatus.REFUSED).forEach(Nominee::refusalSeen);
    nominees.deleteAll(existing.values().stream().filter(n -> n.getReleaseStatus() != ReleaseStatus.REFUSED).toList());
    nomination.moveTo(NominationStatus.DRAFT);
  }

  /** Can the list give every district its minimum and the round its total? With the reasons when not. */
  public record Capacity(boolean ok, String notes) {}

  @Transactional(readOnly = true)
  public Capacity capacity(Nomination nomination) {
    SelectionRound round = nomination.getRound();
    List<Nominee> list = onList(nomination);
    int districts = round.getDistrictCodes().size();
    int required = properties.requiredTotal(districts);
    Map<String, Long> perGroup = list.stream()
        .collect(Collectors.groupingBy(n -> n.getCommissioner().getIndustryGroup().getCode(), Collectors.counting()));
    List<String> notes = new ArrayList<>();
    if (list.size() < required) {
      notes.add(messages.get("nomination.capacity.total", list.size(), required, properties.minPerDistrict(), districts,
          properties.minPerRound()));
    }
    if (round.getSummaryCompiledAt() != null) {
      SupplyDemandSummary summary = comparison.read(round);
      List<String> groups = new ArrayList<>();
      for (IndustryLine line : summary.byIndustry()) {
        long listed = perGroup.getOrDefault(line.industryGroupCode(), 0L);
        if (line.demandCount() > 0 && listed == 0) {
          groups.add(messages.get("nomination.capacity.group", line.industryGroupName(), line.demandCount()));
        }
      }
      Map<String, List<DistrictLine>> byDistrict = summary.byDistrict().stream()
          .collect(Collectors.groupingBy(DistrictLine::districtName, LinkedHashMap::new, Collectors.toList()));
      List<String> thin = new ArrayList<>();
      byDistrict.forEach((name, lines) -> {
        long inGroups = lines.stream().mapToLong(l -> perGroup.getOrDefault(l.industryGroupCode(), 0L)).sum();
        if (inGroups < properties.minPerDistrict()) {
          thin.add(messages.get("nomination.capacity.district", name, inGroups));
        }
      });
      if (!notes.isEmpty()) {
        notes.addAll(groups);
        notes.addAll(thin);
      }
    }
    return new Capacity(notes.isEmpty(), String.join("\n\n", notes));
  }

  /** Source units with staff on the list who have not answered yet (one release task each). */
  @Transactional(readOnly = true)
  public List<String> pendingSourceUnits(Nomination nomination) {
    return nominees.findByNominationIdOrderById(nomination.getId()).stream()
        .filter(n -> n.getReleaseStatus() == ReleaseStatus.PENDING)
        .map(n -> n.getCommissioner().getSourceUnit().getCode()).distinct().sorted().toList();
  }

  /** The co-departments that countersign (P-03). */
  public List<String> countersignGroups() {
    return Groups.CO_DEPARTMENTS.stream().map(Groups.Fixed::id).toList();
  }

  public String departmentName(String groupId) {
    return Groups.CO_DEPARTMENTS.stream().filter(d -> d.id().equals(groupId)).map(Groups.Fixed::name).findFirst()
        .orElse(groupId);
  }

  /** What one source unit's release task shows: the unit and its pending staff. */
  public record Release(String sourceUnitName, List<ReleaseRow> staff) {}

  /**
   * Opens one source unit's release task (P-08): the unit must have staff on this list awaiting an
   * answer; it is recorded as the party the task (activity instance) answers for.
   */
  public Release askRelease(Nomination nomination, String sourceUnitCode, String activityInstanceId) {
    if (!pendingSourceUnits(nomination).contains(sourceUnitCode)) {
      throw new IllegalStateException("source unit " + sourceUnitCode + " has no staff awaiting an answer on nomination "
          + nomination.getId());
    }
    tasks.save(new NominationTask(nomination, activityInstanceId, Groups.sourceUnit(sourceUnitCode), now()));
    List<ReleaseRow> rows = pendingOf(nomination, sourceUnitCode).stream()
        .map(n -> new ReleaseRow(n.getCommissioner().getId(), n.getCommissioner().getName(),
            n.getCommissioner().getIndustryGroup().getName(), null, null))
        .toList();
    return new Release(sourceUnitName(sourceUnitCode), rows);
  }

  private String sourceUnitName(String code) {
    return sourceUnits.findById(code).map(u -> u.getName()).orElse(code);
  }

  private List<Nominee> pendingOf(Nomination nomination, String sourceUnitCode) {
    return nominees.findByNominationIdOrderById(nomination.getId()).stream()
        .filter(n -> n.getReleaseStatus() == ReleaseStatus.PENDING
            && n.getCommissioner().getSourceUnit().getCode().equals(sourceUnitCode))
        .toList();
  }

  /** The party recorded for this task of this case when it was created. */
  private NominationTask partyOf(Nomination nomination, String activityInstanceId) {
    return tasks.findByActivityInstanceId(activityInstanceId)
        .filter(t -> t.getNomination().getId().equals(nomination.getId()))
        .orElseThrow(() -> new IllegalStateException("task " + activityInstanceId + " is not one of nomination "
            + nomination.getId()));
  }

  /**
   * Records a source unit's answers (P-08): one per pending staff member of the unit the task was
   * opened for; a refusal needs a reason. Only a member of that unit's group may answer.
   */
  public void recordReleases(Nomination nomination, String activityInstanceId, CurrentUser actor,
      List<ReleaseRow> rows) {
    String listName = NominationContract.RELEASES.name();
    NominationTask task = partyOf(nomination, activityInstanceId);
    String sourceUnitCode = Groups.sourceUnitCodeOf(task.getPartyGroup())
        .orElseThrow(() -> new IllegalStateException("task " + activityInstanceId + " is no release"));
    if (!actor.groupIds().contains(task.getPartyGroup())) {
      throw new ProcessRuleViolation(listName, messages.get("nomination.release.notYourUnit",
          sourceUnitName(sourceUnitCode)));
    }
    Map<Long, Nominee> pending = pendingOf(nomination, sourceUnitCode).stream()
        .collect(Collectors.toMap(n -> n.getCommissioner().getId(), Function.identity()));
    List<Problem> problems = new ArrayList<>();
    Map<Long, ReleaseRow> answers = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      ReleaseRow row = rows.get(i);
      String at = listName + "[" + i + "]";
      Nominee nominee = row == null || row.commissionerId() == null ? null : pending.get(row.commissionerId());
      if (nominee == null) {
        problems.add(new Problem(at + ".commissionerId", messages.get("nomination.row.problem", i + 1, "",
            messages.get("nomination.release.notYourStaff"))));
        continue;
      }
      String name = "（" + nominee.getCommissioner().getName() + "）";
      boolean refuse = NominationContract.REFUSE.equals(row.decision());
      if (!NominationContract.RELEASE.equals(row.decision()) && !refuse) {
        problems.add(new Problem(at + ".decision", messages.get("nomination.row.problem", i + 1, name,
            messages.get("nomination.release.decisionRequired"))));
      } else if (refuse && (row.reason() == null || row.reason().isBlank())) {
        problems.add(new Problem(at + ".reason", messages.get("nomination.row.problem", i + 1, name,
            messages.get("nomination.release.reasonRequired"))));
      } else if (row.reason() != null && Characters.count(row.reason()) > 500) {
        problems.add(new Problem(at + ".reason", messages.get("nomination.row.problem", i + 1, name,
            messages.get("demand.row.tooLong", 500))));
      }
      answers.put(row.commissionerId(), row);
    }
    pending.keySet().stream().filter(id -> !answers.containsKey(id)).forEach(id -> problems.add(
        new Problem(listName, messages.get("nomination.release.missing",
            pending.get(id).getCommissioner().getName()))));
    if (!problems.isEmpty()) {
      throw new ProcessRuleViolation(problems);
    }
    Instant now = now();
    answers.forEach((id, row) -> pending.get(id).released(NominationContract.RELEASE.equals(row.decision()),
        row.reason() == null || row.reason().isBlank() ? null : row.reason().strip(), actor.userId(), now));
  }

  /** Refusals the city bureau has not yet answered by drafting again, as its draft task shows them; empty if none. */
  @Transactional(readOnly = true)
  public String newRefusals(Nomination nomination) {
    return nominees.findByNominationIdOrderById(nomination.getId()).stream()
        .filter(n -> n.getReleaseStatus() == ReleaseStatus.REFUSED && !n.isRefusalSeen())
        .map(n -> messages.get("nomination.release.refused", n.getCommissioner().getName(),
            n.getCommissioner().getSourceUnit().getName(), n.getReleaseReason()))
        .collect(Collectors.joining("\n\n"));
  }

  /** One commissioner of the released list, as the co-departments read it. */
  public record NomineeLine(String name, String sourceUnitName, String industryGroupName, String levelName,
      String expertise) {}

  /** The released list as the co-departments read it. */
  @Transactional(readOnly = true)
  public List<NomineeLine> nomineesTable(Nomination nomination) {
    return onList(nomination).stream().map(n -> new NomineeLine(n.getCommissioner().getName(),
        n.getCommissioner().getSourceUnit().getName(), n.getCommissioner().getIndustryGroup().getName(),
        levelName(n.isProvincial()), n.getCommissioner().getExpertise())).toList();
  }

  /**
   * Opens one co-department's countersign task (P-03): the department must be one of the
   * co-departments; it is recorded as the party the task (activity instance) answers for. Returns
   * the department's name.
   */
  public String askCountersign(Nomination nomination, String departmentGroup, String activityInstanceId) {
    if (!countersignGroups().contains(departmentGroup)) {
      throw new IllegalStateException(departmentGroup + " is not a co-department");
    }
    tasks.save(new NominationTask(nomination, activityInstanceId, departmentGroup, now()));
    return departmentName(departmentGroup);
  }

  /**
   * Records a co-department's countersignature for the department the task was opened for; an
   * objection needs a reason (P-03). Only a member of that department's group may countersign.
   */
  public void countersign(Nomination nomination, String activityInstanceId, CurrentUser actor, String decision,
      String comment) {
    NominationTask task = partyOf(nomination, activityInstanceId);
    String department = task.getPartyGroup();
    if (!countersignGroups().contains(department)) {
      throw new IllegalStateException("task " + activityInstanceId + " is no countersignature");
    }
    if (!actor.groupIds().contains(department)) {
      throw new ProcessRuleViolation(NominationContract.COUNTERSIGN_DECISION.name(),
          messages.get("nomination.countersign.notYourDepartment", departmentName(department)));
    }
    if (!NominationContract.AGREE.equals(decision) && !NominationContract.OBJECT.equals(decision)) {
      throw new ProcessRuleViolation(NominationContract.COUNTERSIGN_DECISION.name(),
          messages.get("nomination.countersign.decisionRequired"));
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    if (NominationContract.OBJECT.equals(decision) && text == null) {
      throw new ProcessRuleViolation(NominationContract.COUNTERSIGN_COMMENT.name(),
          messages.get("nomination.countersign.reasonRequired"));
    }
    if (text != null && Characters.count(text) > 1000) {
      throw new ProcessRuleViolation(NominationContract.COUNTERSIGN_COMMENT.name(),
          messages.get("nomination.countersign.tooLong", 1000));
    }
    countersigns.save(new Countersign(nomination, nomination.getCountersignAttempt(), department,
        Decision.valueOf(decision), text, actor.userId(), now()));
  }

  /** Objections of the current countersign round, as the city's draft task shows them; empty if none. */
  @Transactional(readOnly = true)
  public String objections(Nomination nomination) {
    return countersigns.findByNominationIdAndAttemptNo(nomination.getId(), nomination.getCountersignAttempt()).stream()
        .filter(c -> c.getDecision() == Decision.OBJECT)
        .map(c -> messages.get("nomination.countersign.objection", departmentName(c.getDepartmentGroup()),
            c.getComment()))
        .collect(Collectors.joining("\n\n"));
  }

  public void finalise(Nomination nomination) {
    nomination.finalised(now());
    nomination.getRound().moveTo(RoundStatus.NOMINATED);
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
