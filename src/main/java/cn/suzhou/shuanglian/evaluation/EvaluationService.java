package cn.suzhou.shuanglian.evaluation;

import static cn.suzhou.shuanglian.evaluation.YearlyEvaluationContract.*;

import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.DispatchProperties;
import cn.suzhou.shuanglian.dispatch.Dispatches;
import cn.suzhou.shuanglian.enterprise.Enterprises;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.JsonVariables;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import cn.suzhou.shuanglian.platform.validation.Characters;
import cn.suzhou.shuanglian.platform.web.Messages;
import cn.suzhou.shuanglian.servicerecord.ServiceRecordService;
import cn.suzhou.shuanglian.servicerecord.ServiceRecordStatus;
import cn.suzhou.shuanglian.servicerecord.ServiceRecords;
import cn.suzhou.shuanglian.servicerecord.ServiceTally;
import cn.suzhou.shuanglian.servicerecord.ServiceType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly evaluation of a dispatch (年度考核, P-05, P-15, P-18): tallies the confirmed service
 * records, takes the commissioner's summary and the enterprises' satisfaction, the district's scores
 * on the four criteria weighted by its approved scheme, the grade from the DMN table
 * {@code evaluationGrade}, the city's approval and the source unit's acknowledgement.
 *
 * <p>Every step names its case by process instance id: the evaluation is the row linked to the case,
 * its district, commissioner and source unit those of its dispatch, a satisfaction task's enterprise
 * the one its {@link RatingRequest} names. Who acts is passed in, from the authentication.
 */
@Service
@Transactional
public class EvaluationService {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  static final int TEXT_MAX = 1000;

  private final EvaluationRepository evaluations;
  private final EvaluationSchemeRepository schemes;
  private final EnterpriseRatingRepository ratings;
  private final RatingRequestRepository ratingRequests;
  private final Dispatches dispatches;
  private final Enterprises enterprises;
  private final ServiceRecords serviceRecords;
  private final ServiceRecordService tallies;
  private final DispatchProperties properties;
  private final JsonVariables json;
  private final Messages messages;

  public EvaluationService(EvaluationRepository evaluations, EvaluationSchemeRepository schemes,
      EnterpriseRatingRepository ratings, RatingRequestRepository ratingRequests, Dispatches dispatches,
      Enterprises enterprises, ServiceRecords serviceRecords, ServiceRecordService tallies, DispatchProperties properties,
      JsonVariables json, Messages messages) {
    this.evaluations = evaluations;
    this.schemes = schemes;
    this.ratings = ratings;
    this.ratingRequests = ratingRequests;
    this.dispatches = dispatches;
    this.enterprises = enterprises;
    this.serviceRecords = serviceRecords;
    this.tallies = tallies;
    this.properties = properties;
    this.json = json;
    this.messages = messages;
  }

  /** What every task of the case shows of it (mirrored for Tasklist and the forms). */
  public record CaseFacts(Long evaluationId, int serviceYear, String caseTitle, String commissionerName,
      String commissionerUserId, String districtCode, String districtName, String sourceUnitCode, LocalDate yearStart,
      LocalDate yearEnd, int confirmedDays, int minServiceDays, int confirmedServices, int pendingServices,
      int demandsHandled, List<ServiceTypeRow> servicesByType, Date dueDate) {}

  /** Confirmed services of one type in the year. */
  public record ServiceTypeRow(String typeLabel, int count, int days) {}

  /** What one enterprise's satisfaction task shows: its name and the services it received that year. */
  public record RatingTask(String enterpriseName, List<ServiceRow> services) {}

  public record ServiceRow(String period, String typeLabel, int days, String summary) {}

  /** What the district's scoring task shows: summary, satisfaction, service time, the scheme in force. */
  public record ScoringFacts(String workSummary, List<RatingRow> ratings, String satisfactionText,
      String serviceTimeText, String schemeText, String returnComment) {}

  public record RatingRow(String enterpriseName, int score, String comment) {}

  /** The district's scores as submitted (numbers as their text, to be quoted when refused). */
  public record Scores(String orientation, String initiative, String satisfaction, String results,
      boolean exceptionJustified, String exceptionReason, String districtComment) {}

  /** The grade table's inputs, from the scored evaluation and the scheme it was weighted by. */
  public record GradeInputs(double weightedScore, double excellentMin, double qualifiedMin, double basicMin,
      boolean serviceTimeMet, boolean exceptionJustified) {}

  /** The grade as recorded, with what the city's approval and the feedback show. */
  public record GradeFacts(Grade grade, String gradeReason, BigDecimal weightedScore, String scoreText,
      String exceptionText, String districtComment) {}

  /** Where the evaluation stands after the city's decision or the source unit's acknowledgement. */
  public record Outcome(boolean approved, Grade grade, int serviceYear) {}

  /** The evaluation of a yearlyEvaluation case. */
  @Transactional(readOnly = true)
  public Evaluation ofCase(String processInstanceId) {
    return evaluations.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("no evaluation is linked to case " + processInstanceId));
  }

  /**
   * Opens the evaluation of a case (or, while it waits for a scheme, refreshes it): the confirmed
   * records counted by type, the district's scheme in force. On the first pass the dispatch and year
   * come from the calling dispatch case; the dispatch must be that case's ({@code callingCaseId},
   * null only when an administrator started the evaluation by hand) and the year one of its term.
   */
  public CaseFacts open(Long dispatchId, Long serviceYear, String processInstanceId, String callingCaseId) {
    Evaluation e = evaluations.findByProcessInstanceId(processInstanceId)
        .orElseGet(() -> openFor(dispatchId, serviceYear, processInstanceId, callingCaseId));
    Dispatch d = e.getDispatch();
    int year = e.getServiceYear();
    ServiceTally tally = tallies.tally(d.getId(), year);
    List<ServiceTypeRow> typeRows = new ArrayList<>();
    List<String> typeText = new ArrayList<>();
    tally.servicesByType().forEach((type, count) -> {
      if (count > 0) {
        typeRows.add(new ServiceTypeRow(type.label(), count, tally.daysByType().get(type)));
        typeText.add(type.label() + " " + count + " 次");
      }
    });
    int days = tally.confirmedDays();
    int demands = tally.servicesByType().get(ServiceType.DEMAND_MINING);
    EvaluationScheme scheme = schemes.findByInForceDistrict(d.getDistrict().getCode()).orElse(null);
    e.tally(scheme, days, tally.confirmedServices(), String.join("；", typeText), demands);
    return new CaseFacts(e.getId(), year,
        messages.get("evaluation.caseTitle", d.getCommissioner().getName(), d.getDistrict().getName(), year),
        d.getCommissioner().getName(), d.getCommissioner().getUserId(), d.getDistrict().getCode(),
        d.getDistrict().getName(), d.getSourceUnit().getCode(), properties.yearStart(d.getTermStart(), year),
        properties.yearEnd(d.getTermStart(), year).minusDays(1), days, properties.minServiceDays(),
        tally.confirmedServices(), tally.pendingServices(), demands, typeRows,
        EngineClock.dueAfter(properties.taskPeriod()));
  }

  private Evaluation openFor(Long dispatchId, Long serviceYear, String processInstanceId, String callingCaseId) {
    if (dispatchId == null || serviceYear == null) {
      throw new IllegalStateException("yearlyEvaluation " + processInstanceId + " was started without its dispatch and year");
    }
    Dispatch d = dispatches.findWithDetailsById(dispatchId)
        .orElseThrow(() -> new IllegalStateException("dispatch " + dispatchId + " does not exist"));
    if (callingCaseId != null && !callingCaseId.equals(d.getProcessInstanceId())) {
      throw new IllegalStateException("dispatch " + dispatchId + " is not the dispatch of calling case " + callingCaseId);
    }
    if (serviceYear < 1 || serviceYear > properties.termYears()) {
      throw new IllegalStateException("service year " + serviceYear + " is outside the term of dispatch " + dispatchId);
    }
    int year = serviceYear.intValue();
    Evaluation e = evaluations.findByDispatchIdAndServiceYear(dispatchId, year)
        .orElseGet(() -> evaluations.save(new Evaluation(d, year, processInstanceId)));
    e.openedBy(processInstanceId);
    return e;
  }

  /** Whether the case's district has an approved scheme, by which it scores (P-18). */
  @Transactional(readOnly = true)
  public boolean schemeInForce(String processInstanceId) {
    return schemes.findByInForceDistrict(ofCase(processInstanceId).getDispatch().getDistrict().getCode()).isPresent();
  }

  /** The await-scheme task is done only when the case's district has its scheme approved (P-18). */
  @Transactional(readOnly = true)
  public void requireScheme(String processInstanceId) {
    if (!schemeInForce(processInstanceId)) {
      throw new ProcessRuleViolation(SCHEME_READY_CONFIRMED.name(), messages.get("evaluation.scheme.missing"));
    }
  }

  /** The commissioner's yearly summary (述职), 20–4000 characters. */
  public void summarise(String processInstanceId, String text) {
    String summary = text == null ? "" : text.strip();
    if (Characters.count(summary) < 20 || Characters.count(summary) > 4000) {
      throw new ProcessRuleViolation(WORK_SUMMARY.name(), messages.get("evaluation.summary.length", 20, 4000,
          Characters.count(summary)));
    }
    ofCase(processInstanceId).summarise(summary);
  }

  /** The enterprises that rate the commissioner: those the dispatch serves. */
  @Transactional(readOnly = true)
  public List<Long> raters(String processInstanceId) {
    return ofCase(processInstanceId).getDispatch().getEnterpriseIds().stream().sorted().toList();
  }

  /**
   * Opens one enterprise's satisfaction task: links the task's execution to the enterprise (one of
   * those the dispatch serves, as the multi-instance handed it out) and returns what the task shows.
   */
  public RatingTask openRating(String processInstanceId, String executionId, Long enterpriseId) {
    Evaluation e = ofCase(processInstanceId);
    RatingRequest request = ratingRequests.findByExecutionId(executionId).orElseGet(() -> {
      if (enterpriseId == null || !e.getDispatch().getEnterpriseIds().contains(enterpriseId)) {
        throw new IllegalStateException("enterprise " + enterpriseId + " is not served by the dispatch of case "
            + processInstanceId);
      }
      return ratingRequests.save(new RatingRequest(e.getId(), enterprises.getReferenceById(enterpriseId), executionId,
          EngineClock.now()));
    });
    Long enterprise = request.getEnterprise().getId();
    List<ServiceRow> rows = serviceRecords.findByDispatchIdOrderByStartDateAscIdAsc(e.getDispatch().getId())
        .stream().filter(r -> r.getServiceYear() == e.getServiceYear() && r.getEnterprise().getId().equals(enterprise)
            && r.getStatus() == ServiceRecordStatus.CONFIRMED)
        .map(r -> new ServiceRow(r.getStartDate() + " 至 " + r.getEndDate(), r.getServiceType().label(), r.getDays(),
            r.getSummary()))
        .toList();
    return new RatingTask(request.getEnterprise().getName(), rows);
  }

  /**
   * Who rates in a satisfaction task: the contact of its enterprise; null when the enterprise has no
   * login (its district rates on its behalf).
   */
  @Transactional(readOnly = true)
  public String rater(String processInstanceId, String executionId) {
    return request(ofCase(processInstanceId), executionId).getEnterprise().getContactUserId();
  }

  /** P-18: the enterprise of this satisfaction task rates the commissioner, a whole number 0–100, once. */
  public void rate(String processInstanceId, String executionId, String scoreText, String comment, String userId) {
    Evaluation e = ofCase(processInstanceId);
    RatingRequest request = request(e, executionId);
    refuseTheCommissioner(e, userId, SATISFACTION_SCORE);
    int score;
    try {
      score = new BigDecimal(scoreText == null ? "" : scoreText.strip()).intValueExact();
    } catch (NumberFormatException | ArithmeticException ex) {
      throw new ProcessRuleViolation(SATISFACTION_SCORE.name(), messages.get("evaluation.rating.range", scoreText));
    }
    if (score < 0 || score > 100) {
      throw new ProcessRuleViolation(SATISFACTION_SCORE.name(), messages.get("evaluation.rating.range", scoreText));
    }
    String text = stripped(comment);
    if (text != null && Characters.count(text) > TEXT_MAX) {
      throw new ProcessRuleViolation(RATING_COMMENT.name(), messages.get("evaluation.tooLong", TEXT_MAX));
    }
    if (!ratings.existsByEvaluationIdAndEnterpriseId(e.getId(), request.getEnterprise().getId())) {
      ratings.save(new EnterpriseRating(e.getId(), request.getEnterprise(), score, text, userId, EngineClock.now()));
    }
  }

  /** The satisfaction task running in this execution, which must be one of this evaluation's. */
  private RatingRequest request(Evaluation e, String executionId) {
    return ratingRequests.findByExecutionId(executionId).filter(r -> r.getEvaluationId().equals(e.getId()))
        .orElseThrow(() -> new IllegalStateException("execution " + executionId + " has no satisfaction task of "
            + "evaluation " + e.getId()));
  }

  /** What the district's scoring task shows; records the enterprises' average satisfaction. */
  public ScoringFacts scoringFacts(String processInstanceId) {
    Evaluation e = ofCase(processInstanceId);
    EvaluationScheme scheme = schemes.findByInForceDistrict(e.getDispatch().getDistrict().getCode())
        .orElse(e.getScheme());
    List<EnterpriseRating> list = ratings.findByEvaluationIdOrderById(e.getId());
    BigDecimal average = list.isEmpty() ? null : BigDecimal.valueOf(list.stream().mapToInt(EnterpriseRating::getScore)
        .average().orElse(0)).setScale(2, RoundingMode.HALF_UP);
    e.satisfaction(average);
    int min = properties.minServiceDays();
    return new ScoringFacts(e.getCommissionerSummary(),
        list.stream().map(r -> new RatingRow(r.getEnterprise().getName(), r.getScore(),
            r.getComment() == null ? "" : r.getComment())).toList(),
        average == null ? messages.get("evaluation.satisfaction.none")
            : messages.get("evaluation.satisfaction.average", list.size(), average),
        messages.get(e.getConfirmedDays() >= min ? "evaluation.serviceTime.met" : "evaluation.serviceTime.short",
            e.getConfirmedDays(), min),
        scheme == null ? "" : messages.get("evaluation.scheme.text", scheme.getWeightOrientation(),
            scheme.getWeightInitiative(), scheme.getWeightSatisfaction(), scheme.getWeightResults(),
            plain(scheme.getExcellentMin()), plain(scheme.getQualifiedMin()), plain(scheme.getBasicMin())),
        e.getCityComment());
  }

  /**
   * P-18: the district's scores on the four criteria (each 0–100), weighted by the approved scheme of
   * the case's district; a year under the service minimum may be excepted only with a reason. Every
   * problem is named at once.
   */
  public void score(String processInstanceId, Scores scores, String userId) {
    Evaluation e = ofCase(processInstanceId);
    refuseTheCommissioner(e, userId, SCORE_ORIENTATION);
    List<Problem> problems = new ArrayList<>();
    Map<Var<BigDecimal>, String> given = new LinkedHashMap<>();
    given.put(SCORE_ORIENTATION, scores.orientation());
    given.put(SCORE_INITIATIVE, scores.initiative());
    given.put(SCORE_SATISFACTION, scores.satisfaction());
    given.put(SCORE_RESULTS, scores.results());
    Map<Var<BigDecimal>, BigDecimal> parsed = new LinkedHashMap<>();
    given.forEach((criterion, text) -> {
      String label = messages.get("evaluation.criterion." + criterion.name());
      try {
        BigDecimal value = new BigDecimal(text == null ? "" : text.strip());
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0 || value.scale() > 2) {
          problems.add(new Problem(criterion.name(), messages.get("evaluation.score.range", label, text)));
        } else {
          parsed.put(criterion, value);
        }
      } catch (NumberFormatException ex) {
        problems.add(new Problem(criterion.name(), messages.get("evaluation.score.range", label,
            text == null ? "" : text)));
      }
    });
    String reason = stripped(scores.exceptionReason());
    if (scores.exceptionJustified() && reason == null) {
      problems.add(new Problem(EXCEPTION_REASON.name(), messages.get("evaluation.exception.reasonRequired")));
    }
    if (reason != null && Characters.count(reason) > TEXT_MAX) {
      problems.add(new Problem(EXCEPTION_REASON.name(), messages.get("evaluation.tooLong", TEXT_MAX)));
    }
    String comment = stripped(scores.districtComment());
    if (comment != null && Characters.count(comment) > TEXT_MAX) {
      problems.add(new Problem(DISTRICT_COMMENT.name(), messages.get("evaluation.tooLong", TEXT_MAX)));
    }
    EvaluationScheme scheme = schemes.findByInForceDistrict(e.getDispatch().getDistrict().getCode()).orElse(null);
    if (scheme == null) {
      problems.add(new Problem(SCORE_ORIENTATION.name(), messages.get("evaluation.scheme.missing")));
    }
    if (!problems.isEmpty()) {
      throw new ProcessRuleViolation(problems);
    }
    BigDecimal weighted = scheme.weightedScore(parsed.get(SCORE_ORIENTATION), parsed.get(SCORE_INITIATIVE),
        parsed.get(SCORE_SATISFACTION), parsed.get(SCORE_RESULTS));
    boolean met = e.getConfirmedDays() >= properties.minServiceDays();
    boolean excepted = scores.exceptionJustified() && !met;
    e.scoredUnder(scheme);
    e.score(parsed.get(SCORE_ORIENTATION), parsed.get(SCORE_INITIATIVE), parsed.get(SCORE_SATISFACTION),
        parsed.get(SCORE_RESULTS), weighted, met, excepted, excepted ? reason : null, comment, userId,
        EngineClock.now());
  }

  /** The grade table's inputs for the case's scored evaluation. */
  @Transactional(readOnly = true)
  public GradeInputs gradeInputs(String processInstanceId) {
    Evaluation e = ofCase(processInstanceId);
    EvaluationScheme scheme = e.getScheme();
    if (e.getWeightedScore() == null || scheme == null) {
      throw new IllegalStateException("the evaluation of case " + processInstanceId + " is not scored");
    }
    return new GradeInputs(e.getWeightedScore().doubleValue(), scheme.getExcellentMin().doubleValue(),
        scheme.getQualifiedMin().doubleValue(), scheme.getBasicMin().doubleValue(),
        Boolean.TRUE.equals(e.getServiceTimeMet()), e.isExceptionJustified());
  }

  /** The grade table's answer, recorded; what the city's approval shows. */
  public GradeFacts recordGrade(String processInstanceId, String gradeCode, String gradeReason) {
    Evaluation e = ofCase(processInstanceId);
    Grade grade = Grade.valueOf(gradeCode);
    e.graded(grade);
    return new GradeFacts(grade, gradeReason, e.getWeightedScore(),
        messages.get("evaluation.score.text", plain(e.getScoreOrientation()), plain(e.getScoreInitiative()),
            plain(e.getScoreSatisfaction()), plain(e.getScoreResults()), plain(e.getWeightedScore())),
        e.isExceptionJustified() ? messages.get("evaluation.exception.text", e.getExceptionReason())
            : messages.get("evaluation.exception.none"),
        e.getDistrictComment());
  }

  /** P-18: the city approves the grade, or returns it to the district with a comment. */
  public Outcome approve(String processInstanceId, String decision, String comment, String userId) {
    Evaluation e = ofCase(processInstanceId);
    refuseTheCommissioner(e, userId, APPROVAL_DECISION);
    if (!APPROVE.equals(decision) && !RETURN.equals(decision)) {
      throw new ProcessRuleViolation(APPROVAL_DECISION.name(), messages.get("evaluation.approval.decisionRequired"));
    }
    String text = stripped(comment);
    if (RETURN.equals(decision) && text == null) {
      throw new ProcessRuleViolation(APPROVAL_COMMENT.name(), messages.get("evaluation.approval.reasonRequired"));
    }
    if (text != null && Characters.count(text) > TEXT_MAX) {
      throw new ProcessRuleViolation(APPROVAL_COMMENT.name(), messages.get("evaluation.tooLong", TEXT_MAX));
    }
    if (RETURN.equals(decision)) {
      e.returned(text);
    } else {
      e.approve(userId, text, EngineClock.now());
    }
    return outcome(e);
  }

  /** Whether the city approved the case's grade (its gateway). */
  @Transactional(readOnly = true)
  public boolean approved(String processInstanceId) {
    return ofCase(processInstanceId).getStatus() == EvaluationStatus.APPROVED;
  }

  /** Whether the case's approved grade is 不合格 (its gateway; the dispatch ends). */
  @Transactional(readOnly = true)
  public boolean unqualified(String processInstanceId) {
    return ofCase(processInstanceId).getGrade() == Grade.UNQUALIFIED;
  }

  /** P-18: the source unit has read the result (反馈至派出单位). */
  public Outcome acknowledge(String processInstanceId, boolean acknowledged, String userId) {
    if (!acknowledged) {
      throw new ProcessRuleViolation(RESULT_ACKNOWLEDGED.name(), messages.get("evaluation.feedback.ackRequired"));
    }
    Evaluation e = ofCase(processInstanceId);
    e.acknowledge(userId, EngineClock.now());
    return outcome(e);
  }

  private static Outcome outcome(Evaluation e) {
    return new Outcome(e.getStatus() == EvaluationStatus.APPROVED, e.getGrade(), e.getServiceYear());
  }

  /** P-18: the commissioner evaluated never scores, approves or rates their own evaluation. */
  private void refuseTheCommissioner(Evaluation e, String userId, Var<?> field) {
    String commissioner = e.getDispatch().getCommissioner().getUserId();
    if (commissioner != null && Objects.equals(commissioner, userId)) {
      throw new ProcessRuleViolation(field.name(), messages.get("evaluation.ownEvaluation"));
    }
  }

  @Transactional(readOnly = true)
  public List<Evaluation> of(Long dispatchId) {
    return evaluations.findByDispatchIdOrderByServiceYear(dispatchId);
  }

  /** One year's result in the renewal opinions' table. */
  public record GradeRow(int serviceYear, String gradeLabel, String weightedScore, int confirmedDays) {}

  /** The grades so far, for the renewal opinions (a Json variable of {@link GradeRow}s). */
  @Transactional(readOnly = true)
  public Object gradeRows(Long dispatchId) {
    return json.of(of(dispatchId).stream().map(e -> new GradeRow(e.getServiceYear(),
        e.getGrade() == null ? "" : e.getGrade().label(),
        e.getWeightedScore() == null ? "" : e.getWeightedScore().toPlainString(), e.getConfirmedDays())).toList());
  }

  private static String stripped(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }
}
