package cn.suzhou.shuanglian.agreement;

import static cn.suzhou.shuanglian.agreement.AgreementVariables.*;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.commissioner.CommissionerLevel;
import cn.suzhou.shuanglian.commissioner.CommissionerRepository;
import cn.suzhou.shuanglian.demand.ServiceUnit;
import cn.suzhou.shuanglian.demand.ServiceUnitRepository;
import cn.suzhou.shuanglian.dispatch.DispatchProperties;
import cn.suzhou.shuanglian.dispatch.DispatchRepository;
import cn.suzhou.shuanglian.matching.RoundMatch;
import cn.suzhou.shuanglian.matching.RoundMatchRepository;
import cn.suzhou.shuanglian.nomination.EligibilityCheck;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.JsonVariables;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.platform.web.Messages;
import cn.suzhou.shuanglian.round.RoundProperties;
import cn.suzhou.shuanglian.round.RoundStatus;
import cn.suzhou.shuanglian.round.SelectionRound;
import cn.suzhou.shuanglian.round.SelectionRoundRepository;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing the agreements of a round's final matches (签订协议, P-12(3), P-15): the commissioner
 * accepts or declines, the district signs with number, date and a two-year term; a declined match
 * leaves the district's matching, which the city re-opens with a replacement — or closes without
 * one only while the district keeps its minimum (P-02).
 */
@Service
@Transactional
public class AgreementService {

  /** Agreement numbers as offices write them: 宿科协〔2025〕埇-01, SZKJ-2025-001 … */
  static final Pattern AGREEMENT_NO_FORMAT = Pattern.compile("^[A-Za-z0-9〔〕（）()\\-_/\\u4e00-\\u9fa5]{4,64}$");

  private final AgreementRepository agreements;
  private final RoundMatchRepository matches;
  private final SelectionRoundRepository rounds;
  private final CommissionerRepository commissioners;
  private final DispatchRepository dispatches;
  private final ServiceUnitRepository serviceUnits;
  private final EligibilityCheck eligibility;
  private final JsonVariables json;
  private final Messages messages;
  private final RoundProperties roundProperties;
  private final DispatchProperties dispatchProperties;

  public AgreementService(AgreementRepository agreements, RoundMatchRepository matches,
      SelectionRoundRepository rounds, CommissionerRepository commissioners, DispatchRepository dispatches,
      ServiceUnitRepository serviceUnits, EligibilityCheck eligibility, JsonVariables json, Messages messages,
      RoundProperties roundProperties, DispatchProperties dispatchProperties) {
    this.agreements = agreements;
    this.matches = matches;
    this.rounds = rounds;
    this.commissioners = commissioners;
    this.dispatches = dispatches;
    this.serviceUnits = serviceUnits;
    this.eligibility = eligibility;
    this.json = json;
    this.messages = messages;
    this.roundProperties = roundProperties;
    this.dispatchProperties = dispatchProperties;
  }

  /** After matching the round signs its agreements, one per final match (P-12(3)). */
  public void beginSigning(Long roundId) {
    rounds.findById(roundId).orElseThrow().moveTo(RoundStatus.SIGNING);
  }


  /** Every agreement of the round is signed (declined ones replaced or closed): the round is complete. */
  public void completeRound(Long roundId) {
    rounds.findById(roundId).orElseThrow().moveTo(RoundStatus.SIGNED);
  }

  /** The business key of a match's agreement case: round year, district and commissioner. */
  @Transactional(readOnly = true)
  public String caseKey(Long matchId) {
    RoundMatch m = matches.findById(matchId).orElseThrow();
    return m.getRound().getRoundYear() + "-" + m.getDistrict().getCode() + "-" + m.getCommissioner().getName();
  }

  /**
   * Opens the agreement of a match (once: a retried job finds it) and returns the variables its
   * tasks show.
   */
  public Map<String, Object> open(Long matchId, String processInstanceId) {
    RoundMatch match = matches.findById(matchId).orElseThrow();
    Agreement agreement = agreements.findByMatchId(matchId)
        .orElseGet(() -> agreements.save(new Agreement(match, processInstanceId)));
    Commissioner c = match.getCommissioner();
    Map<String, Object> v = new HashMap<>();
    v.put(AGREEMENT_ID, agreement.getId());
    v.put(COMMISSIONER_USER_ID, c.getUserId());
    v.put(COMMISSIONER_NAME, c.getName());
    v.put(APPLICANT_NAME, c.getName());
    v.put(DISTRICT_CODE, match.getDistrict().getCode());
    v.put(DISTRICT_NAME, match.getDistrict().getName());
    v.put(CASE_TITLE, messages.get("agreement.caseTitle", match.getRound().getRoundYear(), c.getName(),
        match.getDistrict().getName()));
    v.put("sourceUnitName", c.getSourceUnit().getName());
    v.put("industryGroupName", c.getIndustryGroup().getName());
    v.put("matchExplanation", match.getExplanation());
    v.put("serviceUnitNames", serviceUnitNames(match));
    v.put("termYears", dispatchProperties.termYears());
    v.put("minServiceDays", dispatchProperties.minServiceDays());
    v.put(DUE_DATE, EngineClock.dueAfter(dispatchProperties.taskPeriod()));
    v.put(ACCEPT_DECISION, null);
    v.put(DECLINE_REASON, null);
    v.put(AGREEMENT_NO, null);
    v.put(SIGNED_ON, null);
    v.put(TERM_START, null);
    return v;
  }

  private String serviceUnitNames(RoundMatch match) {
    Set<Long> ids = match.getServiceUnitIds();
    String names = serviceUnits.findAllById(ids).stream().map(u -> u.getEnterprise().getName())
        .collect(Collectors.joining("、"));
    return names.isEmpty() ? messages.get("agreement.noServiceUnits") : names;
  }

  /** P-12(3): the commissioner accepts the dispatch, or declines it with a reason. */
  public boolean recordAcceptance(Long agreementId, String decision, String reason, String userId) {
    Agreement agreement = agreements.findWithDetailsById(agreementId).orElseThrow();
    if (!"ACCEPT".equals(decision) && !"DECLINE".equals(decision)) {
      throw new ProcessRuleViolation(ACCEPT_DECISION, messages.get("agreement.accept.decisionRequired"));
    }
    String text = reason == null || reason.isBlank() ? null : reason.strip();
    if ("DECLINE".equals(decision) && text == null) {
      throw new ProcessRuleViolation(DECLINE_REASON, messages.get("agreement.accept.reasonRequired"));
    }
    if (text != null && text.length() > 500) {
      throw new ProcessRuleViolation(DECLINE_REASON, messages.get("agreement.tooLong", messages.get("agreement.field.declineReason"), 500));
    }
    if ("ACCEPT".equals(decision)) {
      agreement.accept(userId, EngineClock.now());
      return true;
    }
    agreement.decline(userId, text, EngineClock.now());
    return false;
  }

  /**
   * P-12(3), P-15: the district signs — a number of its own (unique), the signing date (not in the
   * future) and the term start (on or after signing, within half a year); the term is two years.
   * Every problem is named at once; nothing is written when one is found.
   */
  public Agreement sign(Long agreementId, String agreementNo, String signedOnText, String termStartText,
      String userId) {
    Agreement agreement = agreements.findWithDetailsById(agreementId).orElseThrow();
    List<Problem> problems = new ArrayList<>();
    String number = checkNumber(agreementNo, AGREEMENT_NO, problems);
    LocalDate signedOn = checkSignedOn(signedOnText, SIGNED_ON, problems);
    LocalDate termStart = date(termStartText, TERM_START, "agreement.field.termStart", problems);
    if (signedOn != null && termStart != null
        && (termStart.isBefore(signedOn) || termStart.isAfter(signedOn.plusMonths(6)))) {
      problems.add(new Problem(TERM_START, messages.get("agreement.sign.termStartRange", termStart, signedOn)));
    }
    if (!problems.isEmpty()) {
      throw new ProcessRuleViolation(problems);
    }
    agreement.sign(number, signedOn, termStart, dispatchProperties.termEnd(termStart), userId, EngineClock.now());
    return agreement;
  }

  /**
   * P-15: the renewal (续派) of an agreement whose term ends, signed by the district once the three
   * parties agreed: a new number, the signing date (not in the future); the new term starts where
   * the old one ends and lasts two years.
   */
  public Agreement renew(Long previousAgreementId, String agreementNo, String signedOnText, String userId,
      String processInstanceId, String numberField, String dateField) {
    Agreement previous = agreements.findWithDetailsById(previousAgreementId).orElseThrow();
    List<Problem> problems = new ArrayList<>();
    String number = checkNumber(agreementNo, numberField, problems);
    LocalDate signedOn = checkSignedOn(signedOnText, dateField, problems);
    if (!problems.isEmpty()) {
      throw new ProcessRuleViolation(problems);
    }
    Agreement renewal = new Agreement(previous, processInstanceId);
    LocalDate start = previous.getTermEnd();
    renewal.sign(number, signedOn, start, dispatchProperties.termEnd(start), userId, EngineClock.now());
    return agreements.save(renewal);
  }

  /** An agreement number of the office's own format, not used by any other agreement (also a unique key). */
  private String checkNumber(String agreementNo, String field, List<Problem> problems) {
    String number = agreementNo == null ? null : agreementNo.strip();
    if (number == null || number.isEmpty()) {
      problems.add(new Problem(field, messages.get("agreement.sign.numberRequired")));
    } else if (!AGREEMENT_NO_FORMAT.matcher(number).matches()) {
      problems.add(new Problem(field, messages.get("agreement.sign.numberFormat", number)));
    } else if (agreements.existsByAgreementNo(number)) {
      problems.add(new Problem(field, messages.get("agreement.sign.numberTaken", number)));
    }
    return number;
  }

  /** The signing date: a date, not in the future (the agreement has been signed). */
  private LocalDate checkSignedOn(String text, String field, List<Problem> problems) {
    LocalDate signedOn = date(text, field, "agreement.field.signedOn", problems);
    if (signedOn != null && signedOn.isAfter(EngineClock.today())) {
      problems.add(new Problem(field, messages.get("agreement.sign.signedInFuture", signedOn)));
    }
    return signedOn;
  }

  private LocalDate date(String text, String field, String labelKey, List<Problem> problems) {
    if (text == null || text.isBlank()) {
      problems.add(new Problem(field, messages.get("agreement.dateRequired", messages.get(labelKey))));
      return null;
    }
    try {
      return VariableReader.isoDate(text);
    } catch (DateTimeParseException e) {
      problems.add(new Problem(field, messages.get("agreement.dateFormat", messages.get(labelKey), text)));
      return null;
    }
  }


  /** Final, not declined, matches of the district in the round. */
  @Transactional(readOnly = true)
  public long districtCount(Long roundId, String districtCode) {
    return matches.findByRoundIdOrderByDistrictSortOrderAscIdAsc(roundId).stream()
        .filter(m -> m.getStatus() == RoundMatch.Status.FINAL && m.getDistrict().getCode().equals(districtCode))
        .count();
  }

  /**
   * P-02, P-12(3): a declined agreement takes the commissioner out of the district's matching and
   * re-opens it for the city: what the replacement task shows (the district's remaining count, the
   * commissioners of the database who could replace them).
   */
  public Map<String, Object> reopen(Long agreementId) {
    Agreement agreement = agreements.findWithDetailsById(agreementId).orElseThrow();
    RoundMatch match = agreement.getMatch();
    match.decline();
    matches.flush();
    Long roundId = agreement.getRound().getId();
    Set<Long> taken = matches.findByRoundIdOrderByDistrictSortOrderAscIdAsc(roundId).stream()
        .map(m -> m.getCommissioner().getId()).collect(Collectors.toCollection(java.util.HashSet::new));
    taken.addAll(dispatches.findActiveCommissionerIds());
    List<Map<String, Object>> candidates = new ArrayList<>();
    for (Commissioner c : commissioners.findAllByOrderById()) {
      if (taken.contains(c.getId()) || c.isBarred()) {
        continue;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("commissionerId", c.getId());
      row.put("name", c.getName());
      row.put("sourceUnitName", c.getSourceUnit().getName());
      row.put("industryGroupName", c.getIndustryGroup().getName());
      row.put("expertise", c.getExpertise());
      row.put("levelLabel", messages.get(c.getLevel() == CommissionerLevel.PROVINCIAL
          ? "agreement.level.provincial" : "agreement.level.municipal"));
      // the same industry group first (P-11)
      row.put("sameGroup", c.getIndustryGroup().getCode().equals(match.getCommissioner().getIndustryGroup().getCode()));
      candidates.add(row);
    }
    candidates.sort((a, b) -> Boolean.compare((Boolean) b.get("sameGroup"), (Boolean) a.get("sameGroup")));
    Map<String, Object> v = new HashMap<>();
    v.put("declinedName", agreement.getCommissioner().getName());
    v.put(DECLINE_REASON, agreement.getDeclineReason());
    v.put("districtRemaining", districtCount(roundId, agreement.getDistrict().getCode()));
    v.put("minPerDistrict", roundProperties.minPerDistrict());
    v.put("candidates", json.of(candidates));
    v.put(REPLACEMENT_DECISION, null);
    v.put(REPLACEMENT_COMMISSIONER_ID, null);
    v.put(CONDITIONS_ATTESTED, false);
    v.put(SOURCE_UNIT_RELEASED, false);
    v.put(NO_REPLACEMENT_REASON, null);
    return v;
  }

  /**
   * The city's answer to a declined agreement: a replacement (eligible by the nomination table,
   * P-07 attested, released by their source unit, not matched in this round, not serving elsewhere)
   * gets a final match in the district with the declined one's service units — the id of that match
   * is returned; or no replacement, allowed only while the district keeps its minimum (P-02).
   */
  public Long replace(Long agreementId, String decision, Long replacementId, boolean attested, boolean released,
      String reason) {
    Agreement agreement = agreements.findWithDetailsById(agreementId).orElseThrow();
    RoundMatch declined = agreement.getMatch();
    String districtName = agreement.getDistrict().getName();
    if (!"REPLACE".equals(decision) && !"NO_REPLACEMENT".equals(decision)) {
      throw new ProcessRuleViolation(REPLACEMENT_DECISION, messages.get("agreement.replace.decisionRequired"));
    }
    if ("NO_REPLACEMENT".equals(decision)) {
      long remaining = districtCount(agreement.getRound().getId(), agreement.getDistrict().getCode());
      List<Problem> problems = new ArrayList<>();
      if (remaining < roundProperties.minPerDistrict()) {
        problems.add(new Problem(REPLACEMENT_DECISION, messages.get("agreement.replace.belowMinimum", districtName,
            remaining, roundProperties.minPerDistrict())));
      }
      if (reason == null || reason.isBlank()) {
        problems.add(new Problem(NO_REPLACEMENT_REASON, messages.get("agreement.replace.reasonRequired")));
      }
      if (!problems.isEmpty()) {
        throw new ProcessRuleViolation(problems);
      }
      return null;
    }
    List<Problem> problems = new ArrayList<>();
    Commissioner c = replacementId == null ? null : commissioners.findWithDetailsById(replacementId).orElse(null);
    if (c == null) {
      problems.add(new Problem(REPLACEMENT_COMMISSIONER_ID, replacementId == null
          ? messages.get("agreement.replace.idRequired") : messages.get("agreement.replace.unknown", replacementId)));
    } else {
      boolean listed = matches.findByRoundIdOrderByDistrictSortOrderAscIdAsc(agreement.getRound().getId()).stream()
          .anyMatch(m -> m.getCommissioner().getId().equals(c.getId()));
      EligibilityCheck.Outcome outcome = eligibility.of(c, attested, listed);
      if (!outcome.eligible()) {
        String why = c.isBarred() && c.getBarredReason() != null
            ? outcome.reason() + messages.get("nomination.row.barredBecause", c.getBarredReason()) : outcome.reason();
        problems.add(new Problem(attested || c.isBarred() || listed ? REPLACEMENT_COMMISSIONER_ID : CONDITIONS_ATTESTED,
            messages.get("agreement.replace.ineligible", c.getName(), why)));
      } else if (dispatches.findByActiveCommissionerId(c.getId()).isPresent()) {
        problems.add(new Problem(REPLACEMENT_COMMISSIONER_ID, messages.get("agreement.replace.serving", c.getName())));
      }
    }
    if (!released) {
      problems.add(new Problem(SOURCE_UNIT_RELEASED, messages.get("agreement.replace.releaseRequired")));
    }
    if (!problems.isEmpty()) {
      throw new ProcessRuleViolation(problems);
    }
    boolean sameGroup = c.getIndustryGroup().getCode().equals(declined.getCommissioner().getIndustryGroup().getCode());
    RoundMatch replacement = new RoundMatch(agreement.getRound(), c, agreement.getDistrict(), sameGroup,
        declined.getDistanceKm(), messages.get("agreement.replace.explanation", declined.getCommissioner().getName(),
            c.getIndustryGroup().getName()));
    replacement.finalise();
    replacement.serve(declined.getServiceUnitIds());
    return matches.save(replacement).getId();
  }

  /** The enterprises behind the match's service units: whom the dispatch serves. */
  @Transactional(readOnly = true)
  public Set<Long> enterprisesOf(RoundMatch match) {
    return serviceUnits.findAllById(match.getServiceUnitIds()).stream().map(ServiceUnit::getEnterprise)
        .map(e -> e.getId()).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }
}
