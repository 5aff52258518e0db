package cn.suzhou.shuanglian.evaluation;

import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.DispatchProperties;
import cn.suzhou.shuanglian.dispatch.DispatchRepository;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.enterprise.EnterpriseRepository;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.JsonVariables;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.web.Messages;
import cn.suzhou.shuanglian.servicerecord.ServiceRecordService;
import cn.suzhou.shuanglian.servicerecord.ServiceTally;
import cn.suzhou.shuanglian.servicerecord.ServiceRecordRepository;
import cn.suzhou.shuanglian.servicerecord.ServiceRecordStatus;
import cn.suzhou.shuanglian.servicerecord.ServiceType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly evaluation of a dispatch (年度考核, P-05, P-15, P-18): tallies the confirmed service
 * records, takes the commissioner's summary and the enterprises' satisfaction, the district's scores
 * on the four criteria weighted by its approved scheme, the grade from the DMN table
 * {@code evaluationGrade}, the city's approval and the source unit's acknowledgement.
 */
@Service
@Transactional
public class EvaluationService {

  public static final String PROCESS_KEY = "yearlyEvaluation";
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final EvaluationRepository evaluations;
  private final EvaluationSchemeRepository schemes;
  private final EnterpriseRatingRepository ratings;
  private final DispatchRepository dispatches;
  private final EnterpriseRepository enterprises;
  private final ServiceRecordRepository serviceRecords;
  private final ServiceRecordService tallies;
  private final DispatchProperties properties;
  private final JsonVariables json;
  private final Messages messages;

  public EvaluationService(EvaluationRepository evaluations, EvaluationSchemeRepository schemes,
      EnterpriseRatingRepository ratings, DispatchRepository dispatches, EnterpriseRepository enterprises,
      ServiceRecordRepository serviceRecords, ServiceRecordService tallies, DispatchProperties properties, JsonVariables json, Messages messages) {
    this.evaluations = evaluations;
    this.schemes = schemes;
    this.ratings = ratings;
    this.dispatches = dispatches;
    this.enterprises = enterprises;
    this.serviceRecords = serviceRecords;
    this.tallies = tallies;
    this.properties = properties;
    this.json = json;
    this.messages = messages;
  }

  private Evaluation get(Long evaluationId) {
    return evaluations.findById(evaluationId).orElseThrow();
  }

  /**
   * Opens (or, while it waits for a scheme, refreshes) the evaluation of a service year: the
   * confirmed records counted by type, the district's scheme in force. Returns what the tasks show.
   */
  public Map<String, Object> open(Long dispatchId, int year, String processInstanceId) {
    Dispatch d = dispatches.findWithDetailsById(dispatchId).orElseThrow();
    Evaluation e = evaluations.findByDispatchIdAndServiceYear(dispatchId, year)
        .orElseGet(() -> evaluations.save(new Evaluation(d, year, processInstanceId)));
    ServiceTally tally = tallies.tally(dispatchId, year);
    List<Map<String, Object>> typeRows = new ArrayList<>();
    List<String> typeText = new ArrayList<>();
    tally.servicesByType().forEach((type, count) -> {
      if (count > 0) {
        typeRows.add(Map.of("typeLabel", type.label(), "count", count, "days", tally.daysByType().get(type)));
        typeText.add(type.label() + " " + count + " 次");
      }
    });
    int days = tally.confirmedDays();
    int demands = tally.servicesByType().get(ServiceType.DEMAND_MINING);
    EvaluationScheme scheme = schemes.findByInForceDistrict(d.getDistrict().getCode()).orElse(null);
    e.tally(scheme, days, tally.confirmedServices(), String.join("；", typeText), demands);

    Map<String, Object> v = new HashMap<>();
    v.put("evaluationId", e.getId());
    v.put("caseTitle", messages.get("evaluation.caseTitle", d.getCommissioner().getName(), d.getDistrict().getName(),
        year));
    v.put("commissionerName", d.getCommissioner().getName());
    v.put("applicantName", d.getCommissioner().getName());
    v.put("commissionerUserId", d.getCommissioner().getUserId());
    v.put("districtCode", d.getDistrict().getCode());
    v.put("districtName", d.getDistrict().getName());
    v.put("sourceUnitCode", d.getSourceUnit().getCode());
    v.put("yearStartDate", properties.yearStart(d.getTermStart(), year).toString());
    v.put("yearEndDate", properties.yearEnd(d.getTermStart(), year).minusDays(1).toString());
    v.put("confirmedDays", days);
    v.put("minServiceDays", properties.minServiceDays());
    v.put("confirmedServices", tally.confirmedServices());
    v.put("pendingServices", tally.pendingServices());
    v.put("demandsHandled", demands);
    v.put("servicesByType", json.of(typeRows));
    v.put("schemeInForce", scheme != null);
    v.put("evaluationDueDate", EngineClock.dueAfter(properties.taskPeriod()));
    return v;
  }

  /** The await-scheme task is done only when the district's scheme is approved (P-18). */
  @Transactional(readOnly = true)
  public void requireScheme(String districtCode) {
    if (schemes.findByInForceDistrict(districtCode).isEmpty()) {
      throw new ProcessRuleViolation("schemeReadyConfirmed", messages.get("evaluation.scheme.missing"));
    }
  }

  /** The commissioner's yearly summary (述职), 20–4000 characters. */
  public void summarise(Long evaluationId, String text) {
    String summary = text == null ? "" : text.strip();
    if (summary.length() < 20 || summary.length() > 4000) {
      throw new ProcessRuleViolation("workSummary", messages.get("evaluation.summary.length", 20, 4000,
          summary.length()));
    }
    get(evaluationId).summarise(summary);
  }

  /** The enterprises that rate the commissioner: those the dispatch serves. */
  @Transactional(readOnly = true)
  public List<Long> raters(Long evaluationId) {
    return get(evaluationId).getDispatch().getEnterpriseIds().stream().sorted().toList();
  }

  /** What one enterprise's rating task shows: its name and the services it received that year. */
  @Transactional(readOnly = true)
  public Map<String, Object> ratingVariables(Long evaluationId, Long enterpriseId) {
    Evaluation e = get(evaluationId);
    Enterprise enterprise = enterprises.findById(enterpriseId).orElseThrow();
    List<Map<String, Object>> rows = serviceRecords.findByDispatchIdOrderByStartDateAscIdAsc(e.getDispatch().getId())
        .stream().filter(r -> r.getServiceYear() == e.getServiceYear() && r.getEnterprise().getId().equals(enterpriseId)
            && r.getStatus() == ServiceRecordStatus.CONFIRMED)
        .map(r -> Map.<String, Object>of("period", r.getStartDate() + " 至 " + r.getEndDate(),
            "typeLabel", r.getServiceType().label(), "days", r.getDays(), "summary", r.getSummary()))
        .toList();
    Map<String, Object> v = new HashMap<>();
    v.put("enterpriseName", enterprise.getName());
    // the contact rates; an enterprise without a login is rated through its district (taskCandidates)
    v.put("raterUserId", enterprise.getContactUserId());
    v.put("enterpriseServices", json.of(rows));
    v.put("satisfactionScore", null);
    v.put("ratingComment", null);
    return v;
  }

  /** P-18: an enterprise's satisfaction, a whole number 0–100, once per evaluation. */
  public void rate(Long evaluationId, Long enterpriseId, String scoreText, String comment, String userId) {
    int score;
    try {
      score = new BigDecimal(scoreText == null ? "" : scoreText.strip()).intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new ProcessRuleViolation("satisfactionScore", messages.get("evaluation.rating.range", scoreText));
    }
    if (score < 0 || score > 100) {
      throw new ProcessRuleViolation("satisfactionScore", messages.get("evaluation.rating.range", scoreText));
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    if (text != null && text.length() > 1000) {
      throw new ProcessRuleViolation("ratingComment", messages.get("evaluation.tooLong", 1000));
    }
    if (!ratings.existsByEvaluationIdAndEnterpriseId(evaluationId, enterpriseId)) {
      ratings.save(new EnterpriseRating(evaluationId, enterprises.getReferenceById(enterpriseId), score, text, userId,
          EngineClock.now()));
    }
  }

  /** What the district's scoring task shows: summary, satisfaction, service time, the scheme in force. */
  public Map<String, Object> scoringVariables(Long evaluationId) {
    Evaluation e = get(evaluationId);
    EvaluationScheme scheme = schemes.findByInForceDistrict(e.getDispatch().getDistrict().getCode())
        .orElse(e.getScheme());
    List<EnterpriseRating> list = ratings.findByEvaluationIdOrderById(evaluationId);
    BigDecimal average = list.isEmpty() ? null : BigDecimal.valueOf(list.stream().mapToInt(EnterpriseRating::getScore)
        .average().orElse(0)).setScale(2, RoundingMode.HALF_UP);
    e.satisfaction(average);
    Map<String, Object> v = new HashMap<>();
    v.put("workSummary", e.getCommissionerSummary());
    v.put("ratings", json.of(list.stream().map(r -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("enterpriseName", r.getEnterprise().getName());
      row.put("score", r.getScore());
      row.put("comment", r.getComment() == null ? "" : r.getComment());
      return row;
    }).toList()));
    v.put("satisfactionText", average == null ? messages.get("evaluation.satisfaction.none")
        : messages.get("evaluation.satisfaction.average", list.size(), average));
    int min = properties.minServiceDays();
    v.put("serviceTimeText", messages.get(e.getConfirmedDays() >= min ? "evaluation.serviceTime.met"
        : "evaluation.serviceTime.short", e.getConfirmedDays(), min));
    v.put("schemeText", scheme == null ? "" : messages.get("evaluation.scheme.text", scheme.getWeightOrientation(),
        scheme.getWeightInitiative(), scheme.getWeightSatisfaction(), scheme.getWeightResults(),
        scheme.getExcellentMin().stripTrailingZeros().toPlainString(),
        scheme.getQualifiedMin().stripTrailingZeros().toPlainString(),
        scheme.getBasicMin().stripTrailingZeros().toPlainString()));
    v.put("returnComment", e.getCityComment());
    return v;
  }

  /**
   * P-18: the district's scores on the four criteria (each 0–100), weighted by its approved scheme;
   * a year under the service minimum may be excepted only with a reason. Every problem is named at
   * once. Returns the inputs of the grade table.
   */
  public Map<String, Object> score(Long evaluationId, Map<String, String> scores, boolean exceptionJustified,
      String exceptionReason, String districtComment, String userId) {
    Evaluation e = get(evaluationId);
    List<Problem> problems = new ArrayList<>();
    Map<String, BigDecimal> parsed = new LinkedHashMap<>();
    for (Map.Entry<String, String> s : scores.entrySet()) {
      String label = messages.get("evaluation.criterion." + s.getKey());
      try {
        BigDecimal value = new BigDecimal(s.getValue() == null ? "" : s.getValue().strip());
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0 || value.scale() > 2) {
          problems.add(new Problem(s.getKey(), messages.get("evaluation.score.range", label, s.getValue())));
        } else {
          parsed.put(s.getKey(), value);
        }
      } catch (NumberFormatException ex) {
        problems.add(new Problem(s.getKey(), messages.get("evaluation.score.range", label,
            s.getValue() == null ? "" : s.getValue())));
      }
    }
    String reason = exceptionReason == null || exceptionReason.isBlank() ? null : exceptionReason.strip();
    if (exceptionJustified && reason == null) {
      problems.add(new Problem("exceptionReason", messages.get("evaluation.exception.reasonRequired")));
    }
    if (reason != null && reason.length() > 1000) {
      problems.add(new Problem("exceptionReason", messages.get("evaluation.tooLong", 1000)));
    }
    String comment = districtComment == null || districtComment.isBlank() ? null : districtComment.strip();
    if (comment != null && comment.length() > 1000) {
      problems.add(new Problem("districtComment", messages.get("evaluation.tooLong", 1000)));
    }
    EvaluationScheme scheme = schemes.findByInForceDistrict(e.getDispatch().getDistrict().getCode()).orElse(null);
    if (scheme == null) {
      problems.add(new Problem("scoreOrientation", messages.get("evaluation.scheme.missing")));
    }
    if (!problems.isEmpty()) {
      throw new ProcessRuleViolation(problems);
    }
    BigDecimal weighted = scheme.weightedScore(parsed.get("scoreOrientation"), parsed.get("scoreInitiative"),
        parsed.get("scoreSatisfaction"), parsed.get("scoreResults"));
    boolean met = e.getConfirmedDays() >= properties.minServiceDays();
    e.scoredUnder(scheme);
    e.score(parsed.get("scoreOrientation"), parsed.get("scoreInitiative"), parsed.get("scoreSatisfaction"),
        parsed.get("scoreResults"), weighted, met, exceptionJustified && !met, exceptionJustified && !met ? reason : null,
        comment, userId, EngineClock.now());
    Map<String, Object> in = new HashMap<>();
    in.put("weightedScore", weighted.doubleValue());
    in.put("excellentMin", scheme.getExcellentMin().doubleValue());
    in.put("qualifiedMin", scheme.getQualifiedMin().doubleValue());
    in.put("basicMin", scheme.getBasicMin().doubleValue());
    in.put("serviceTimeMet", met);
    in.put("exceptionJustified", exceptionJustified && !met);
    return in;
  }

  /** The grade table's answer, recorded; what the city's approval shows. */
  public Map<String, Object> recordGrade(Long evaluationId, Map<String, Object> result) {
    Evaluation e = get(evaluationId);
    Grade grade = Grade.valueOf(String.valueOf(result.get("grade")));
    e.graded(grade);
    Map<String, Object> v = new HashMap<>();
    v.put("grade", grade.name());
    v.put("gradeLabel", grade.label());
    v.put("gradeReason", String.valueOf(result.get("gradeReason")));
    v.put("weightedScore", e.getWeightedScore().toPlainString());
    v.put("scoreText", messages.get("evaluation.score.text", plain(e.getScoreOrientation()),
        plain(e.getScoreInitiative()), plain(e.getScoreSatisfaction()), plain(e.getScoreResults()),
        plain(e.getWeightedScore())));
    v.put("exceptionText", e.isExceptionJustified() ? messages.get("evaluation.exception.text", e.getExceptionReason())
        : messages.get("evaluation.exception.none"));
    v.put("districtComment", e.getDistrictComment());
    v.put("approvalDecision", null);
    v.put("approvalComment", null);
    return v;
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }

  /** P-18: the city approves the grade, or returns it to the district with a comment. */
  public boolean approve(Long evaluationId, String decision, String comment, String userId) {
    if (!"APPROVE".equals(decision) && !"RETURN".equals(decision)) {
      throw new ProcessRuleViolation("approvalDecision", messages.get("evaluation.approval.decisionRequired"));
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    if ("RETURN".equals(decision) && text == null) {
      throw new ProcessRuleViolation("approvalComment", messages.get("evaluation.approval.reasonRequired"));
    }
    if (text != null && text.length() > 1000) {
      throw new ProcessRuleViolation("approvalComment", messages.get("evaluation.tooLong", 1000));
    }
    Evaluation e = get(evaluationId);
    if ("RETURN".equals(decision)) {
      e.returned(text);
      return false;
    }
    e.approve(userId, text, EngineClock.now());
    return true;
  }

  /** P-18: the source unit has read the result (反馈至派出单位). */
  public void acknowledge(Long evaluationId, boolean acknowledged, String userId) {
    if (!acknowledged) {
      throw new ProcessRuleViolation("resultAcknowledged", messages.get("evaluation.feedback.ackRequired"));
    }
    get(evaluationId).acknowledge(userId, EngineClock.now());
  }

  @Transactional(readOnly = true)
  public List<Evaluation> of(Long dispatchId) {
    return evaluations.findByDispatchIdOrderByServiceYear(dispatchId);
  }

  /** The grades so far, for the renewal opinions. */
  @Transactional(readOnly = true)
  public Object gradeRows(Long dispatchId) {
    return json.of(of(dispatchId).stream().map(e -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("serviceYear", e.getServiceYear());
      row.put("gradeLabel", e.getGrade() == null ? "" : e.getGrade().label());
      row.put("weightedScore", e.getWeightedScore() == null ? "" : e.getWeightedScore().toPlainString());
      row.put("confirmedDays", e.getConfirmedDays());
      return row;
    }).toList());
  }

}
