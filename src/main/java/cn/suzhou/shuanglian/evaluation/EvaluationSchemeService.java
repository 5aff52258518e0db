package cn.suzhou.shuanglian.evaluation;

import cn.suzhou.shuanglian.district.District;
import cn.suzhou.shuanglian.evaluation.EvaluationSchemeRules.SchemeContent;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluation schemes (考核评价制度, P-18): the one in force per district, which yearly evaluations
 * use, and the steps of a scheme through the {@code evaluationScheme} process.
 */
@Service
public class EvaluationSchemeService {

  static final Set<SchemeStatus> OPEN = Set.of(SchemeStatus.SUBMITTED, SchemeStatus.RETURNED);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(EngineClock.ZONE);

  private final EvaluationSchemeRepository schemes;
  private final Duration reviewPeriod;

  public EvaluationSchemeService(EvaluationSchemeRepository schemes,
      @Value("${shuanglian.evaluation.scheme-review-period:P10D}") Duration reviewPeriod) {
    this.schemes = schemes;
    this.reviewPeriod = reviewPeriod;
  }

  /** The district's approved scheme, by which its commissioners are evaluated; empty before the first approval. */
  @Transactional(readOnly = true)
  public Optional<EvaluationScheme> inForce(String districtCode) {
    return schemes.findByInForceDistrict(districtCode);
  }

  /** Every scheme (the city bureau, process managers), oldest first. */
  @Transactional(readOnly = true)
  public List<EvaluationScheme> all() {
    return schemes.findAllByOrderById();
  }

  /** The schemes of these districts, oldest first. */
  @Transactional(readOnly = true)
  public List<EvaluationScheme> ofDistricts(Set<String> districtCodes) {
    return districtCodes.isEmpty() ? List.of() : schemes.findByDistrictCodeInOrderById(districtCodes);
  }

  /**
   * The district's scheme still being decided (submitted or returned) whose case is alive; a case
   * cancelled in Cockpit leaves its scheme behind, which must not block the district for ever.
   */
  @Transactional(readOnly = true)
  public Optional<EvaluationScheme> openScheme(String districtCode, Predicate<String> caseRunning) {
    return schemes.findByDistrictCodeAndStatusInOrderById(districtCode, OPEN).stream()
        .filter(s -> s.getProcessInstanceId() != null && caseRunning.test(s.getProcessInstanceId()))
        .findFirst();
  }

  /** The district row, locked until the transaction ends (see {@link EvaluationSchemeRepository#lockDistrict}). */
  public Optional<District> lockDistrict(String districtCode) {
    return schemes.lockDistrict(districtCode);
  }

  /** How many schemes the district has submitted so far (numbers the business key). */
  public long countOf(String districtCode) {
    return schemes.countByDistrictCode(districtCode);
  }

  /** A new scheme, submitted to the city bureau. */
  @Transactional
  public EvaluationScheme submit(District district, SchemeContent content, String userId, String processInstanceId) {
    EvaluationScheme scheme = new EvaluationScheme(district, userId, EngineClock.now(), processInstanceId);
    define(scheme, content, userId);
    return schemes.saveAndFlush(scheme);
  }

  /** The district's revision of the case's returned scheme; it goes back to the city bureau. */
  @Transactional
  public EvaluationScheme revise(String processInstanceId, SchemeContent content, String userId) {
    EvaluationScheme scheme = ofCase(processInstanceId);
    define(scheme, content, userId);
    return schemes.saveAndFlush(scheme);
  }

  /** The city bureau returns the case's scheme with what the district is to change. */
  @Transactional
  public EvaluationScheme returnWith(String processInstanceId, String userId, String comment) {
    EvaluationScheme scheme = ofCase(processInstanceId);
    scheme.returnWith(userId, comment, EngineClock.now());
    return schemes.saveAndFlush(scheme);
  }

  /**
   * Puts the approved scheme in force: the district's scheme in force until now is superseded and
   * flushed first, so that the unique {@code in_force_district} holds at every statement; both
   * changes are in one transaction.
   */
  @Transactional
  public EvaluationScheme approve(String processInstanceId, String userId, String comment) {
    EvaluationScheme scheme = ofCase(processInstanceId);
    schemes.findByInForceDistrict(scheme.getDistrict().getCode())
        .filter(earlier -> !earlier.getId().equals(scheme.getId()))
        .ifPresent(earlier -> {
          earlier.supersede();
          schemes.saveAndFlush(earlier);
        });
    scheme.approve(userId, comment, EngineClock.now());
    return schemes.saveAndFlush(scheme);
  }

  /** The scheme an {@code evaluationScheme} case decides (linked to it when submitted). */
  @Transactional(readOnly = true)
  public EvaluationScheme ofCase(String processInstanceId) {
    return schemes.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("no evaluation scheme is linked to case " + processInstanceId));
  }

  /** When the city bureau's review of a scheme submitted now is due. */
  public Date reviewDueDate() {
    return Date.from(EngineClock.now().plus(reviewPeriod));
  }

  /** In Chinese, for the city's comparison: the district's scheme in force other than this one. */
  @Transactional(readOnly = true)
  public String inForceSummary(EvaluationScheme scheme) {
    return inForce(scheme.getDistrict().getCode())
        .filter(current -> !current.getId().equals(scheme.getId()))
        .map(EvaluationSchemeService::summary)
        .orElse("尚无生效的考核评价制度（本次为首次报审）。");
  }

  /** One line in Chinese: weights, grade lines and since when, for the city's comparison. */
  static String summary(EvaluationScheme s) {
    return "现行制度（第 " + s.getId() + " 号，" + (s.getDecidedAt() == null ? "" : DAY.format(s.getDecidedAt()) + " ")
        + "批准）：企业导向 " + s.getWeightOrientation() + "%、工作主动性 " + s.getWeightInitiative() + "%、企业满意度 "
        + s.getWeightSatisfaction() + "%、工作成效 " + s.getWeightResults() + "%；优秀 ≥ " + plain(s.getExcellentMin())
        + "，合格 ≥ " + plain(s.getQualifiedMin()) + "，基本合格 ≥ " + plain(s.getBasicMin()) + "；征求意见的服务单位："
        + s.getServiceUnitsConsulted();
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private void define(EvaluationScheme scheme, SchemeContent c, String userId) {
    scheme.define(c.weightOrientation(), c.weightInitiative(), c.weightSatisfaction(), c.weightResults(),
        c.excellentMin(), c.qualifiedMin(), c.basicMin(), c.serviceUnitsConsulted(), c.criteriaNotes(), userId,
        EngineClock.now());
  }
}
