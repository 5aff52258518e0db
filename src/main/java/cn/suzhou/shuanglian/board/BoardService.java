package cn.suzhou.shuanglian.board;

import cn.suzhou.shuanglian.board.BoardTasks.OpenTask;
import cn.suzhou.shuanglian.board.BoardViews.Charts;
import cn.suzhou.shuanglian.board.BoardViews.DispatchLine;
import cn.suzhou.shuanglian.board.BoardViews.DistrictDays;
import cn.suzhou.shuanglian.board.BoardViews.DistrictProgress;
import cn.suzhou.shuanglian.board.BoardViews.GradeCount;
import cn.suzhou.shuanglian.board.BoardViews.GradeLine;
import cn.suzhou.shuanglian.board.BoardViews.IndustryGroupLine;
import cn.suzhou.shuanglian.board.BoardViews.NextAction;
import cn.suzhou.shuanglian.board.BoardViews.RoundProgress;
import cn.suzhou.shuanglian.board.BoardViews.SearchHit;
import cn.suzhou.shuanglian.board.BoardViews.Stage;
import cn.suzhou.shuanglian.board.BoardViews.YearGrades;
import cn.suzhou.shuanglian.board.BoardViews.YearProjects;
import cn.suzhou.shuanglian.dispatch.DispatchProperties;
import cn.suzhou.shuanglian.evaluation.Grade;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.project.ProjectStatus;
import cn.suzhou.shuanglian.round.RoundStatus;
import cn.suzhou.shuanglian.round.SelectionRound;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's read model (工作台, issue 16): a few aggregate SQL queries over the domain's tables per
 * answer — counts grouped by district, dispatch or year, never one query per row — so a page stays
 * fast with ten thousand service records. Read only; the access rule ({@link BoardScope}) is a
 * condition of every query, so pages and totals hold only what the reader may see.
 */
@Service
@Transactional(readOnly = true)
public class BoardService {

  static final List<Stage> STAGES = List.of(new Stage("COLLECTION", "需求征集"), new Stage("REVIEW", "市级审核"),
      new Stage("NOMINATION", "人选提名"), new Stage("MATCHING", "分组匹配"), new Stage("AGREEMENTS", "签订协议"),
      new Stage("DONE", "已完成"));

  static final Map<RoundStatus, String> ROUND_STATUS = Map.of(
      RoundStatus.COLLECTING, "需求征集中", RoundStatus.DEMANDS_APPROVED, "需求已审定，待供需比对",
      RoundStatus.SUPPLY_DEMAND_REVIEWED, "供需比对已审阅", RoundStatus.NOMINATING, "人选提名中",
      RoundStatus.NOMINATED, "人选已确定", RoundStatus.MATCHING, "分组匹配中", RoundStatus.MATCHED, "匹配已确定",
      RoundStatus.SIGNING, "协议签订中", RoundStatus.SIGNED, "已完成", RoundStatus.CANCELLED, "已取消");

  static final Map<String, String> DISPATCH_STATUS = Map.of(
      "ACTIVE", "派驻中", "TERMINATED", "已终止", "COMPLETED", "期满结束", "RENEWED", "期满续派");
  static final Map<String, String> AGREEMENT_STATUS = Map.of(
      "PENDING", "待专员确认", "ACCEPTED", "专员已接受，待签订", "SIGNED", "已签订", "DECLINED", "专员已谢绝");
  static final Map<String, String> MISCONDUCT_STATUS = Map.of(
      "REPORTED", "已举报，待核实", "INVESTIGATED", "已核实，待审定", "CONFIRMED", "确认违纪", "DISMISSED", "不予认定");
  static final Map<String, String> RECORD_STATUS = Map.of(
      "PENDING", "待企业确认", "CONFIRMED", "企业已确认", "DISPUTED", "企业有异议");
  static final Map<String, String> KIND_LABEL = Map.of("ENTERPRISE", "企业", "DEMAND", "技术需求",
      "AGREEMENT", "派驻协议", "DISPATCH", "派驻", "PROJECT", "联合申报项目", "MISCONDUCT", "违纪案件",
      "SERVICE_RECORD", "服务记录");
  static final List<String> KINDS = List.of("ENTERPRISE", "DEMAND", "AGREEMENT", "DISPATCH", "PROJECT", "MISCONDUCT",
      "SERVICE_RECORD");

  private final NamedParameterJdbcTemplate sql;
  private final DispatchProperties dispatchProperties;
  private final BoardTasks tasks;

  public BoardService(NamedParameterJdbcTemplate sql, DispatchProperties dispatchProperties, BoardTasks tasks) {
    this.sql = sql;
    this.dispatchProperties = dispatchProperties;
    this.tasks = tasks;
  }

  private Map<String, Object> parameters(BoardScope scope) {
    Map<String, Object> p = new HashMap<>();
    scope.bind(p);
    return p;
  }

  // ---------------------------------------------------------------- round progress

  /** P-12: where each district of the round the reader sees stands, with deadlines and open tasks. */
  public RoundProgress roundProgress(SelectionRound round, BoardScope scope) {
    LocalDate today = EngineClock.today();
    Map<String, Object> p = parameters(scope);
    p.put("round", round.getId());
    List<String> codes = round.getDistrictCodes().stream().filter(scope::seesDistrict).toList();
    Map<String, String> names = new HashMap<>();
    if (!codes.isEmpty()) {
      sql.query("select code, name from district where code in (:codes)", Map.of("codes", codes),
          rs -> { names.put(rs.getString(1), rs.getString(2)); });
    }
    Map<String, String> collectionStatus = new HashMap<>();
    Map<String, String> districtOfCase = new HashMap<>();
    sql.query("select district_code, status, process_instance_id from demand_collection where round_id = :round", p,
        rs -> {
          collectionStatus.put(rs.getString(1), rs.getString(2));
          if (rs.getString(3) != null) {
            districtOfCase.put(rs.getString(3), rs.getString(1));
          }
        });
    Map<String, Integer> units = counts("select dc.district_code, count(*) from service_unit su "
        + "join demand_collection dc on dc.id = su.collection_id where dc.round_id = :round group by dc.district_code", p);
    Map<String, Integer> demands = counts("select dc.district_code, count(*) from technology_demand td "
        + "join demand_collection dc on dc.id = td.collection_id where dc.round_id = :round group by dc.district_code", p);
    Map<String, Integer> matched = counts("select district_code, count(*) from round_match "
        + "where round_id = :round and status <> 'DECLINED' group by district_code", p);
    Map<String, Integer> signed = counts("select district_code, count(*) from agreement "
        + "where round_id = :round and status = 'SIGNED' group by district_code", p);
    Map<String, Integer> agreed = counts("select district_code, count(*) from agreement "
        + "where round_id = :round and status <> 'DECLINED' group by district_code", p);
    sql.query("select process_instance_id, district_code from agreement where round_id = :round "
        + "and process_instance_id is not null", p, rs -> { districtOfCase.put(rs.getString(1), rs.getString(2)); });

    // the round's case and every case it called; a task belongs to a district by its case or its candidate group
    Set<String> cases = new LinkedHashSet<>(tasks.caseAndCalledCases(round.getProcessInstanceId()));
    cases.addAll(districtOfCase.keySet());
    List<OpenTask> open = tasks.openTasks(cases);
    Set<String> visible = new java.util.HashSet<>();
    tasks.visibleTo(cases).forEach(t -> visible.add(t.getId()));
    Map<String, String> actorNames = tasks.names(open);
    Map<String, List<OpenTask>> byDistrict = new HashMap<>();
    List<OpenTask> roundWide = new ArrayList<>();
    for (OpenTask t : open) {
      String district = districtOfCase.get(t.processInstanceId());
      if (district == null) {
        district = t.candidateGroups().stream().flatMap(g -> Groups.districtCodeOf(g).stream()).findFirst().orElse(null);
      }
      if (district == null) {
        roundWide.add(t);
      } else {
        byDistrict.computeIfAbsent(district, k -> new ArrayList<>()).add(t);
      }
    }

    List<DistrictProgress> lines = new ArrayList<>();
    for (String code : codes) {
      int signedCount = signed.getOrDefault(code, 0);
      int total = agreed.getOrDefault(code, 0);
      int stage = stageIndex(round.getStatus(), collectionStatus.get(code), signedCount, total);
      List<OpenTask> own = new ArrayList<>(byDistrict.getOrDefault(code, List.of()));
      if (stage != 5) {
        own.addAll(roundWide);
      }
      List<NextAction> actions = own.stream().map(t -> {
        // the last day to act: a due moment at midnight (a deadline's day ended, DemandCollectionSchedule) is that day
        LocalDate due = t.due() == null ? null : t.due().toInstant().minusMillis(1).atZone(EngineClock.ZONE).toLocalDate();
        return new NextAction(BoardTasks.actorLabel(t, actorNames), t.name(), visible.contains(t.id()) ? t.id() : null,
            due, due != null && due.isBefore(today));
      }).toList();
      LocalDate deadline = null;
      if (stage == 0) {
        deadline = round.getCollectionDeadline();
      } else if (stage != 5) {
        deadline = actions.stream().map(NextAction::due).filter(java.util.Objects::nonNull).min(Comparator.naturalOrder())
            .orElse(null);
      }
      boolean overdue = deadline != null && deadline.isBefore(today);
      lines.add(new DistrictProgress(code, names.getOrDefault(code, code), STAGES.get(stage).key(),
          STAGES.get(stage).label(), stage, deadline, overdue, overdue ? (int) ChronoUnit.DAYS.between(deadline, today) : 0,
          units.getOrDefault(code, 0), demands.getOrDefault(code, 0), matched.getOrDefault(code, 0), signedCount, total,
          actions));
    }
    return new RoundProgress(round.getRoundYear(), round.getStatus().name(), ROUND_STATUS.get(round.getStatus()),
        round.getCollectionDeadline(), today, STAGES, lines);
  }

  /**
   * The district's stage: its own list decides during collection (with the district → 需求征集, submitted →
   * 市级审核, approved → 人选提名 next); later the round's status; agreements are done for the district when
   * every one of its agreements not declined is signed.
   */
  static int stageIndex(RoundStatus round, String collection, int signed, int total) {
    return switch (round) {
      case COLLECTING -> "SUBMITTED".equals(collection) ? 1 : "APPROVED".equals(collection) ? 2 : 0;
      case DEMANDS_APPROVED, SUPPLY_DEMAND_REVIEWED, NOMINATING, NOMINATED -> 2;
      case MATCHING -> 3;
      case MATCHED, SIGNING -> total > 0 && signed == total ? 5 : 4;
      case SIGNED -> 5;
      case CANCELLED -> 0;
    };
  }

  private Map<String, Integer> counts(String query, Map<String, Object> p) {
    Map<String, Integer> counts = new HashMap<>();
    sql.query(query, p, rs -> { counts.put(rs.getString(1), rs.getInt(2)); });
    return counts;
  }

  // ---------------------------------------------------------------- dispatches

  private static final String DISPATCH_FROM = " from dispatch d join agreement a on a.id = d.agreement_id "
      + "join selection_round r on r.id = a.round_id join commissioner c on c.id = d.commissioner_id "
      + "join district dist on dist.code = d.district_code join source_unit su on su.code = d.source_unit_code ";

  /** P-15: each dispatch's current service year against the configured minimum, paged by id. */
  public Page<DispatchLine> dispatches(BoardScope scope, Integer roundYear, String districtCode, Pageable pageable) {
    Map<String, Object> p = parameters(scope);
    StringBuilder where = new StringBuilder(" where ").append(scope.districtOrUnit("d.district_code", "d.source_unit_code"));
    if (roundYear != null) {
      where.append(" and r.round_year = :year");
      p.put("year", roundYear);
    }
    if (districtCode != null) {
      where.append(" and d.district_code = :district");
      p.put("district", districtCode);
    }
    Long total = sql.queryForObject("select count(*)" + DISPATCH_FROM + where, p, Long.class);
    p.put("limit", pageable.getPageSize());
    p.put("offset", pageable.getOffset());
    record Row(long id, String agreementNo, String commissioner, String district, String districtName, String unit,
        String status, LocalDate termStart, LocalDate termEnd, LocalDate endedOn) {}
    List<Row> rows = sql.query("select d.id, a.agreement_no, c.name, d.district_code, dist.name, su.name, d.status, "
        + "d.term_start, d.term_end, d.ended_at" + DISPATCH_FROM + where + " order by d.id limit :limit offset :offset", p,
        (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getDate(8).toLocalDate(), rs.getDate(9).toLocalDate(),
            rs.getTimestamp(10) == null ? null
                : rs.getTimestamp(10).toInstant().atZone(EngineClock.ZONE).toLocalDate()));
    if (rows.isEmpty()) {
      return new PageImpl<>(List.of(), pageable, total == null ? 0 : total);
    }
    Map<String, Object> ids = Map.of("ids", rows.stream().map(Row::id).toList());
    Map<Long, Map<Integer, Integer>> days = new HashMap<>();
    sql.query("select dispatch_id, service_year, sum(days) from service_record where status = 'CONFIRMED' "
        + "and dispatch_id in (:ids) group by dispatch_id, service_year", ids,
        rs -> { days.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getInt(3)); });
    Map<Long, LocalDate> last = new HashMap<>();
    sql.query("select dispatch_id, max(end_date) from service_record where status = 'CONFIRMED' "
        + "and dispatch_id in (:ids) group by dispatch_id", ids,
        rs -> { last.put(rs.getLong(1), rs.getDate(2).toLocalDate()); });
    Map<Long, List<GradeLine>> grades = new HashMap<>();
    sql.query("select dispatch_id, service_year, grade, id from evaluation where status = 'APPROVED' and grade is not null "
        + "and dispatch_id in (:ids) order by dispatch_id, service_year", ids, rs -> {
          Grade g = Grade.valueOf(rs.getString(3));
          long evaluationId = rs.getLong(4);
          grades.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new GradeLine(rs.getInt(2), g.name(), g.label(),
              evaluationId, BoardViews.evaluationNotice(evaluationId)));
        });
    LocalDate today = EngineClock.today();
    int minimum = dispatchProperties.minServiceDays();
    List<DispatchLine> lines = rows.stream().map(r -> {
      LocalDate asOf = "ACTIVE".equals(r.status()) ? today
          : min(today, r.endedOn() == null ? r.termEnd().minusDays(1) : r.endedOn());
      int year = serviceYear(r.termStart(), r.termEnd(), asOf);
      int confirmed = days.getOrDefault(r.id(), Map.of()).getOrDefault(year, 0);
      return new DispatchLine(r.id(), r.agreementNo(), r.commissioner(), r.district(), r.districtName(), r.unit(),
          r.status(), DISPATCH_STATUS.get(r.status()), year, dispatchProperties.yearStart(r.termStart(), year),
          dispatchProperties.yearEnd(r.termStart(), year).minusDays(1), confirmed, minimum, confirmed < minimum,
          last.get(r.id()), grades.getOrDefault(r.id(), List.of()), BoardViews.agreementOfDispatch(r.id()));
    }).toList();
    return new PageImpl<>(lines, pageable, total == null ? 0 : total);
  }

  /** The service year (1-based, P-15/P-18) of the term that holds the day; the first before the term, the last after. */
  int serviceYear(LocalDate termStart, LocalDate termEnd, LocalDate day) {
    int year = 1;
    while (!dispatchProperties.yearEnd(termStart, year).isAfter(day)
        && dispatchProperties.yearEnd(termStart, year).isBefore(termEnd)) {
      year++;
    }
    return year;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  // ---------------------------------------------------------------- charts

  /** The four series of the board's charts, each over what the reader sees. */
  public Charts charts(SelectionRound round, BoardScope scope) {
    Map<String, Object> p = parameters(scope);
    p.put("round", round.getId());
    Map<String, int[]> groups = new LinkedHashMap<>();
    Map<String, String> groupNames = new LinkedHashMap<>();
    sql.query("select code, name from industry_group order by sort_order", Map.of(),
        rs -> { groupNames.put(rs.getString(1), rs.getString(2)); });
    groupNames.keySet().forEach(code -> groups.put(code, new int[2]));
    sql.query("select td.industry_group_code, count(*) from technology_demand td "
        + "join demand_collection dc on dc.id = td.collection_id where dc.round_id = :round and "
        + scope.districtOnly("dc.district_code") + " group by td.industry_group_code", p,
        rs -> { groups.computeIfAbsent(rs.getString(1), k -> new int[2])[0] = rs.getInt(2); });
    sql.query("select c.industry_group_code, count(*) from round_match m join commissioner c on c.id = m.commissioner_id "
        + "where m.round_id = :round and m.status <> 'DECLINED' and "
        + scope.districtOrUnit("m.district_code", "c.source_unit_code") + " group by c.industry_group_code", p,
        rs -> { groups.computeIfAbsent(rs.getString(1), k -> new int[2])[1] = rs.getInt(2); });
    List<IndustryGroupLine> demandLines = groups.entrySet().stream().map(e -> new IndustryGroupLine(
        groupNames.getOrDefault(e.getKey(), e.getKey()), e.getValue()[0], e.getValue()[1])).toList();

    Map<String, Integer> daysByDistrict = new HashMap<>();
    sql.query("select d.district_code, sum(sr.days) from service_record sr join dispatch d on d.id = sr.dispatch_id "
        + "join agreement a on a.id = d.agreement_id where sr.status = 'CONFIRMED' and a.round_id = :round and "
        + scope.districtOrUnit("d.district_code", "d.source_unit_code") + " group by d.district_code", p,
        rs -> { daysByDistrict.put(rs.getString(1), rs.getInt(2)); });
    Set<String> shown = new LinkedHashSet<>(round.getDistrictCodes().stream().filter(scope::seesDistrict).toList());
    shown.addAll(daysByDistrict.keySet());
    List<DistrictDays> dayLines = new ArrayList<>();
    if (!shown.isEmpty()) {
      sql.query("select code, name from district where code in (:codes) order by sort_order", Map.of("codes", shown),
          rs -> { dayLines.add(new DistrictDays(rs.getString(2), daysByDistrict.getOrDefault(rs.getString(1), 0))); });
    }

    // a grade counts in the year its service year ends (its last day), the year it is evaluated (P-18)
    Map<Integer, Map<Grade, Integer>> byYear = new TreeMap<>();
    sql.query("select d.term_start, e.service_year, e.grade, count(*) from evaluation e join dispatch d on d.id = e.dispatch_id "
        + "where e.status = 'APPROVED' and e.grade is not null and "
        + scope.districtOrUnit("d.district_code", "d.source_unit_code") + " group by d.term_start, e.service_year, e.grade",
        p, rs -> {
          int year = dispatchProperties.yearEnd(rs.getDate(1).toLocalDate(), rs.getInt(2)).minusDays(1).getYear();
          byYear.computeIfAbsent(year, k -> new java.util.EnumMap<>(Grade.class))
              .merge(Grade.valueOf(rs.getString(3)), rs.getInt(4), Integer::sum);
        });
    List<YearGrades> gradeLines = byYear.entrySet().stream().map(e -> new YearGrades(e.getKey(),
        java.util.Arrays.stream(Grade.values()).map(g -> new GradeCount(g.label(), e.getValue().getOrDefault(g, 0)))
            .toList())).toList();

    List<YearProjects> projects = sql.query("select p.application_year, count(*), "
        + "sum(case when p.status = '" + ProjectStatus.APPROVED.name() + "' then 1 else 0 end) "
        + "from project_application p join dispatch d on d.id = p.dispatch_id where "
        + scope.districtOrUnit("d.district_code", "d.source_unit_code")
        + " group by p.application_year order by p.application_year", p,
        (rs, i) -> new YearProjects(rs.getInt(1), rs.getInt(2), rs.getInt(3)));
    return new Charts(demandLines, dayLines, gradeLines, projects);
  }

  // ---------------------------------------------------------------- search

  /**
   * Cases by enterprise name, commissioner name, agreement number, project number or misconduct case
   * number ("contains", any case): one UNION ALL of the kinds, in kind order then id, paged in the
   * database; the open tasks of the page's cases that the reader may see.
   */
  public Page<SearchHit> search(BoardScope scope, String text, Pageable pageable) {
    Map<String, Object> p = parameters(scope);
    p.put("q", "%" + text.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
    p.put("projectOpen", "宿双链项〔");
    p.put("projectClose", "〕");
    p.put("misconduct", "违纪-");
    String like = " like :q escape '!'";
    String union = String.join(" union all ",
        // 1 enterprises: by name, their district's
        "select 1 as k, e.id as id, e.name as title, g.name as a1, '' as a2, "
            + "(select count(*) from technology_demand td join service_unit su on su.id = td.service_unit_id "
            + "where su.enterprise_id = e.id) as n1, '' as num, dist.name as dn, '' as pid "
            + "from enterprise e join district dist on dist.code = e.district_code "
            + "join industry_group g on g.code = e.industry_group_code where lower(e.name)" + like
            + " and " + scope.districtOnly("e.district_code"),
        // 2 technology demands of those enterprises
        "select 2, td.id, td.title, e.name, '', r.round_year, '', dist.name, coalesce(dc.process_instance_id, '') "
            + "from technology_demand td join service_unit su on su.id = td.service_unit_id "
            + "join enterprise e on e.id = su.enterprise_id join demand_collection dc on dc.id = td.collection_id "
            + "join selection_round r on r.id = dc.round_id join district dist on dist.code = dc.district_code "
            + "where lower(e.name)" + like + " and " + scope.districtOnly("dc.district_code"),
        // 3 agreements: number or commissioner
        "select 3, a.id, coalesce(a.agreement_no, c.name), c.name, a.status, r.round_year, coalesce(a.agreement_no, ''), "
            + "dist.name, coalesce(a.process_instance_id, '') from agreement a join commissioner c on c.id = a.commissioner_id "
            + "join selection_round r on r.id = a.round_id join district dist on dist.code = a.district_code "
            + "where (lower(a.agreement_no)" + like + " or lower(c.name)" + like + ") and "
            + scope.districtOrUnit("a.district_code", "c.source_unit_code"),
        // 4 dispatches: commissioner or agreement number
        "select 4, d.id, c.name, su.name, d.status, 0, coalesce(a.agreement_no, ''), dist.name, "
            + "coalesce(d.process_instance_id, '') from dispatch d join agreement a on a.id = d.agreement_id "
            + "join commissioner c on c.id = d.commissioner_id join source_unit su on su.code = d.source_unit_code "
            + "join district dist on dist.code = d.district_code "
            + "where (lower(c.name)" + like + " or lower(a.agreement_no)" + like + ") and "
            + scope.districtOrUnit("d.district_code", "d.source_unit_code"),
        // 5 joint projects: number, commissioner or enterprise
        "select 5, pa.id, pa.title, c.name, pa.status, pa.application_year, "
            + "concat(:projectOpen, pa.application_year, :projectClose, lpad(pa.serial_no, 4, '0')), dist.name, "
            + "pa.process_instance_id from project_application pa join dispatch d on d.id = pa.dispatch_id "
            + "join commissioner c on c.id = pa.commissioner_id join enterprise e on e.id = pa.enterprise_id "
            + "join district dist on dist.code = d.district_code "
            + "where (lower(concat(:projectOpen, pa.application_year, :projectClose, lpad(pa.serial_no, 4, '0')))" + like
            + " or lower(c.name)" + like + " or lower(e.name)" + like + ") and "
            + scope.districtOrUnit("d.district_code", "d.source_unit_code"),
        // 6 misconduct cases: case number or commissioner
        "select 6, m.id, c.name, '', m.status, 0, concat(:misconduct, m.dispatch_id, '-', m.id), dist.name, "
            + "coalesce(m.process_instance_id, '') from misconduct_case m join commissioner c on c.id = m.commissioner_id "
            + "join district dist on dist.code = m.district_code "
            + "where (lower(concat(:misconduct, m.dispatch_id, '-', m.id))" + like + " or lower(c.name)" + like + ") and "
            + scope.districtOrUnit("m.district_code", "m.source_unit_code"),
        // 7 service records: enterprise or commissioner
        "select 7, sr.id, e.name, c.name, sr.status, sr.days, coalesce(a.agreement_no, ''), dist.name, "
            + "coalesce(sr.process_instance_id, '') from service_record sr join dispatch d on d.id = sr.dispatch_id "
            + "join agreement a on a.id = d.agreement_id join commissioner c on c.id = d.commissioner_id "
            + "join enterprise e on e.id = sr.enterprise_id join district dist on dist.code = d.district_code "
            + "where (lower(e.name)" + like + " or lower(c.name)" + like + ") and "
            + scope.districtOrUnit("d.district_code", "d.source_unit_code"));
    Long total = sql.queryForObject("select count(*) from (" + union + ") hits", p, Long.class);
    p.put("limit", pageable.getPageSize());
    p.put("offset", pageable.getOffset());
    record Row(int kind, long id, String title, String a1, String a2, long n1, String number, String district,
        String pid) {}
    List<Row> rows = sql.query("select * from (" + union + ") hits order by k, id limit :limit offset :offset", p,
        (rs, i) -> new Row(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6),
            blankToNull(rs.getString(7)), rs.getString(8), blankToNull(rs.getString(9))));
    Set<String> pids = new LinkedHashSet<>();
    rows.forEach(r -> { if (r.pid() != null) pids.add(r.pid()); });
    Map<String, List<BoardViews.OpenTask>> open = new HashMap<>();
    tasks.visibleTo(pids).forEach(t -> open.computeIfAbsent(t.getProcessInstanceId(), k -> new ArrayList<>())
        .add(new BoardViews.OpenTask(t.getId(), t.getName())));
    List<SearchHit> hits = rows.stream().map(r -> {
      String kind = KINDS.get(r.kind() - 1);
      return new SearchHit(kind, KIND_LABEL.get(kind), r.title(), detail(kind, r.a1(), r.a2(), r.n1(), r.district()),
          r.number(), r.district(), r.pid(), r.pid() == null ? List.of() : open.getOrDefault(r.pid(), List.of()),
          document(kind, r.id(), r.a2()));
    }).toList();
    return new PageImpl<>(hits, pageable, total == null ? 0 : total);
  }

  /** The case's printable document once it is final: a signed agreement, a dispatch's agreement, an approved project. */
  private static BoardViews.Document document(String kind, long id, String status) {
    return switch (kind) {
      case "AGREEMENT" -> "SIGNED".equals(status) ? new BoardViews.Document("派驻协议书", BoardViews.agreement(id)) : null;
      case "DISPATCH" -> new BoardViews.Document("派驻协议书", BoardViews.agreementOfDispatch(id));
      case "PROJECT" -> "APPROVED".equals(status)
          ? new BoardViews.Document("联合项目推荐表", BoardViews.projectRecommendation(id)) : null;
      default -> null;
    };
  }

  private static String detail(String kind, String a1, String a2, long n1, String district) {
    return switch (kind) {
      case "ENTERPRISE" -> district + " · " + a1 + " · 技术需求 " + n1 + " 项";
      case "DEMAND" -> district + " · " + a1 + " · " + n1 + "年技术需求";
      case "AGREEMENT" -> district + " · " + a1 + " · " + n1 + "年 · " + AGREEMENT_STATUS.getOrDefault(a2, a2);
      case "DISPATCH" -> district + " · " + a1 + " · " + DISPATCH_STATUS.getOrDefault(a2, a2);
      case "PROJECT" -> district + " · " + a1 + " · " + n1 + "年 · " + ProjectStatus.valueOf(a2).label();
      case "MISCONDUCT" -> district + " · " + MISCONDUCT_STATUS.getOrDefault(a2, a2);
      case "SERVICE_RECORD" -> district + " · " + a1 + " · " + n1 + " 天 · " + RECORD_STATUS.getOrDefault(a2, a2);
      default -> district;
    };
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
