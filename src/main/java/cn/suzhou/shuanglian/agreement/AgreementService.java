package cn.suzhou.shuanglian.agreement;

import static cn.suzhou.shuanglian.agreement.AgreementSigningContract.*;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.commissioner.CommissionerLevel;
import cn.suzhou.shuanglian.commissioner.Commissioners;
import cn.suzhou.shuanglian.demand.ServiceUnit;
import cn.suzhou.shuanglian.demand.ServiceUnitFinder;
import cn.suzhou.shuanglian.matching.RoundMatch;
import cn.suzhou.shuanglian.matching.RoundMatches;
import cn.suzhou.shuanglian.nomination.EligibilityCheck;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.ProcessRuleConflict;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import cn.suzhou.shuanglian.platform.rules.RuleConstraints;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.validation.Characters;
import cn.suzhou.shuanglian.platform.web.Messages;
import cn.suzhou.shuanglian.round.RoundProperties;
import cn.suzhou.shuanglian.round.RoundStatus;
import cn.suzhou.shuanglian.round.SelectionRound;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing the agreements of a round's final matches (签订协议, P-12(3), P-15): the commissioner
 * accepts or declines, the district signs with number, date and a two-year term; a declined match
 * leaves the district's matching, which the city re-opens with a replacement — or closes without
 * one only while the district keeps its minimum (P-02).
 *
 * <p>A case's agreement is the newest row it opened ({@link #current}); the round of the round's own
 * steps is the round linked to its case. Who accepts is the authenticated user.
 */
@Service
@Transactional
public class AgreementService {

  /** Agreement numbers as offices write them: 宿科协〔2025〕埇-01, SZKJ-2025-001 … */
  /** The unique key of agreement numbers (V5). */
  static final String NUMBER_KEY = "uk_agreement_no";
  static final Pattern AGREEMENT_NO_FORMAT = Pattern.compile("^[A-Za-z0-9〔〕（）()\\-_/\\u4e00-\\u9fa5]{4,64}$");

  private final AgreementRepository agreements;
  private final RoundMatches matches;
  private final Commissioners commissioners;
  private final ServingCommissioners serving;
  private final ServiceUnitFinder serviceUnits;
  private final EligibilityCheck eligibility;
  private final Messages messages;
  private final RoundProperties roundProperties;
  private final DispatchTerms dispatchTerms;

  public AgreementService(AgreementRepository agreements, RoundMatches matches,
      Commissioners commissioners, ServingCommissioners serving,
      ServiceUnitFinder serviceUnits, EligibilityCheck eligibility, Messages messages,
      RoundProperties roundProperties, DispatchTerms dispatchTerms) {
    this.agreements = agreements;
    this.matches = matches;
    this.commissioners = commissioners;
    this.serving = serving;
    this.serviceUnits = serviceUnits;
    this.eligibility = eligibility;
    this.messages = messages;
    this.roundProperties = roundProperties;
    this.dispatchTerms = dispatchTerms;
  }

  /** After matching the round of this selectionRound case signs its agreements, one per final match (P-12(3)). */
  public void beginSigning(String roundProcessInstanceId) {
    roundOfCase(roundProcessInstanceId).moveTo(RoundStatus.SIGNING);
  }

  /** Every agreement of the case's round is signed (declined ones replaced or closed): the round is complete. */
  public void completeRound(String roundProcessInstanceId) {
    roundOfCase(roundProcessInstanceId).moveTo(RoundStatus.SIGNED);
  }

  private SelectionRound roundOfCase(String roundProcessInstanceId) {
    return agreements.findRoundByProcessInstanceId(roundProcessInstanceId)
        .orElseThrow(() -> new IllegalStateException("no selection round for case " + roundProcessInstanceId));
  }

  /** The business key of a match's agreement case: round year, district and commissioner. */
  @Transactional(readOnly = true)
  public String caseKey(Long matchId) {
    RoundMatch m = matches.findById(matchId).orElseThrow();
    return m.getRound().getRoundYear() + "-" + m.getDistrict().getCode() + "-" + m.getCommissioner().getName();
  }

  /** The agreement an agreementSigning case works on now: the newest it opened (a replacement's after a decline). */
  @Transactional(readOnly = true)
  public Optional<Agreement> current(String processInstanceId) {
    List<Agreement> opened = agreements.findByProcessInstanceIdOrderById(processInstanceId);
    return opened.isEmpty() ? Optional.empty() : Optional.of(opened.get(opened.size() - 1));
  }

  private Agreement currentOf(String processInstanceId) {
    return current(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("no agreement for case " + processInstanceId));
  }

  /** What the tasks of an agreement case show (Tasklist columns, form texts). */
  public record AgreementCase(Long agreementId, String caseTitle, String commissionerUserId, String commissionerName,
      String districtCode, String districtName, String sourceUnitName, String industryGroupName,
      String matchExplanation, String serviceUnitNames, int termYears, int minServiceDays, Date dueDate) {}

  /**
   * Opens the case's agreement — of the match the round opened the case for, the first time (once: a
   * match has one agreement); the replacement's, opened by {@link #replace}, after a decline — and
   * returns what its tasks show.
   *
   * @param roundMatch the match the round opened the case for, asked only when the case has no agreement yet
   */
  public AgreementCase open(String processInstanceId, Supplier<Long> roundMatch) {
    Agreement agreement = current(processInstanceId).orElseGet(() -> {
      Long matchId = roundMatch.get();
      RoundMatch match = matches.findById(matchId).orElseThrow();
      return agreements.findByMatchId(matchId).orElseGet(() -> agreements.save(new Agreement(match, processInstanceId)));
    });
    RoundMatch match = agreement.getMatch();
    Commissioner c = match.getCommissioner();
    return new AgreementCase(agreement.getId(), messages.get("agreement.caseTitle", match.getRound().getRoundYear(),
        c.getName(), match.getDistrict().getName()), c.getUserId(), c.getName(), match.getDistrict().getCode(),
        match.getDistrict().getName(), c.getSourceUnit().getName(), c.getIndustryGroup().getName(),
        match.getExplanation(), serviceUnitNames(match), dispatchTerms.termYears(),
        dispatchTerms.minServiceDays(), EngineClock.dueAfter(dispatchTerms.taskPeriod()));
  }

  private String serviceUnitNames(RoundMatch match) {
    Set<Long> ids = match.getServiceUnitIds();
    String names = serviceUnits.findAllById(ids).stream().map(u -> u.getEnterprise().getName())
        .collect(Collectors.joining("、"));
    return names.isEmpty() ? messages.get("agreement.noServiceUnits") : names;
  }

  /**
   * P-12(3): the commissioner of the case's agreement accepts the dispatch, or declines it with a
   * reason. Only the matched commissioner or their district answers (the system and administrators
   * aside); the answer is recorded as theirs.
   */
  public boolean recordAcceptance(String processInstanceId, String decision, String reason,
      Optional<CurrentUser> caller) {
    Agreement agreement = currentOf(processInstanceId);
    if (caller.isPresent() && !answersFor(caller.get(), agreement)) {
      throw new ProcessRuleViolation(ACCEPT_DECISION.name(), messages.get("agreement.accept.notTheCommissioner",
          agreement.getCommissioner().getName(), agreement.getDistrict().getName()));
    }
    if (!ACCEPT.equals(decision) && !DECLINE.equals(decision)) {
      throw new ProcessRuleViolation(ACCEPT_DECISION.name(), messages.get("agreement.accept.decisionRequired"));
    }
    String text = reason == null || reason.isBlank() ? null : reason.strip();
    if (DECLINE.equals(decision) && text == null) {
      throw new ProcessRuleViolation(DECLINE_REASON.name(), messages.get("agreement.accept.reasonRequired"));
    }
    if (text != null && Characters.count(text) > 500) {
      throw new ProcessRuleViolation(DECLINE_REASON.name(),
          messages.get("agreement.tooLong", messages.get("agreement.field.declineReason"), 500));
    }
    String userId = caller.map(CurrentUser::userId).orElse("system");
    if (ACCEPT.equals(decision)) {
      agreement.accept(userId, EngineClock.now());
      return true;
    }
    agreement.decline(userId, text, EngineClock.now());
    return false;
  }

  private static boolean answersFor(CurrentUser user, Agreement agreement) {
    return user.userId().equals(agreement.getCommissioner().getUserId())
        || user.districtCodes().contains(agreement.getDistrict().getCode())
        || user.groupIds().contains(Groups.ADMIN);
  }

  /**
   * P-12(3), P-15: the district signs the case's agreement — a number of its own (unique), the
   * signing date (not in the future) and the term start (on or after signing, within half a year);
   * the term is two years. Every problem is named at once; nothing is written when one is found.
   */
  public Agreement sign(String processInstanceId, String agreementNo, DateEntry signedOnEntry,
      DateEntry termStartEntry, String userId) {
    Agreement agreement = currentOf(processInstanceId);
    List<Problem> problems = new ArrayList<>();
    String number = checkNumber(agreementNo, AGREEMENT_NO.name(), problems);
    LocalDate signedOn = checkSignedOn(signedOnEntry, SIGNED_ON.name(), problems);
    LocalDate termStart = date(termStartEntry, TERM_START.name(), "agreement.field.termStart", problems);
    if (signedOn != null && termStart != null
        && (termStart.isBefore(signedOn) || termStart.isAfter(signedOn.plusMonths(6)))) {
      problems.add(new Problem(TERM_START.name(), messages.get("agreement.sign.termStartRange", termStart, signedOn)));
    }
    if (!problems.isEmpty()) {
      throw refusal(problems, number);
    }
    agreement.sign(number, signedOn, termStart, dispatchTerms.termEnd(termStart), userId, EngineClock.now());
    return numbered(agreement, number, AGREEMENT_NO.name());
  }

  /**
   * P-15: the renewal (续派) of an agreement whose term ends, signed by the district once the three
   * parties agreed: a new number, the signing date (not in the future); the new term starts where
   * the old one ends and lasts two years. Problems are named by the renewal task's fields.
   */
  public Agreement renew(Long previousAgreementId, String agreementNo, DateEntry signedOnEntry, String userId,
      String processInstanceId, Var<String> numberField, Var<LocalDate> dateField) {
    Agreement previous = agreements.findWithDetailsById(previousAgreementId).orElseThrow();
    List<Problem> problems = new ArrayList<>();
    String number = checkNumber(agreementNo, numberField.name(), problems);
    LocalDate signedOn = checkSignedOn(signedOnEntry, dateField.name(), problems);
    if (!problems.isEmpty()) {
      throw refusal(problems, number);
    }
    Agreement renewal = new Agreement(previous, processInstanceId);
    LocalDate start = previous.getTermEnd();
    renewal.sign(number, signedOn, start, dispatchTerms.termEnd(start), userId, EngineClock.now());
    return numbered(renewal, number, numberField.name());
  }

  /** The problems as a refusal: a conflict when the only one is a number another agreement holds. */
  private ProcessRuleViolation refusal(List<Problem> problems, String number) {
    boolean onlyTaken = problems.size() == 1
        && problems.get(0).message().equals(messages.get("agreement.sign.numberTaken", number));
    return onlyTaken ? new ProcessRuleConflict(problems) : new ProcessRuleViolation(problems);
  }

  /**
   * Writes the signed agreement now, so that a number another agreement took since the check (two
   * districts signing with one number at once) is refused by {@code uk_agreement_no} as this rule, naming
   * the field, rather than at commit.
   */
  private Agreement numbered(Agreement agreement, String number, String field) {
    try {
      return agreements.saveAndFlush(agreement);
    } catch (DataIntegrityViolationException e) {
      if (RuleConstraints.violatedBy(e).filter(c -> c.name().equals(NUMBER_KEY)).isPresent()) {
        throw new ProcessRuleConflict(List.of(new Problem(field, messages.get("agreement.sign.numberTaken", number))));
      }
      throw e;
    }
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
  private LocalDate checkSignedOn(DateEntry entry, String field, List<Problem> problems) {
    LocalDate signedOn = date(entry, field, "agreement.field.signedOn", problems);
    if (signedOn != null && signedOn.isAfter(EngineClock.today())) {
      problems.add(new Problem(field, messages.get("agreement.sign.signedInFuture", signedOn)));
    }
    return signedOn;
  }

  private LocalDate date(DateEntry entry, String field, String labelKey, List<Problem> problems) {
    if (entry.absent()) {
      problems.add(new Problem(field, messages.get("agreement.dateRequired", messages.get(labelKey))));
    } else if (entry.malformed() != null) {
      problems.add(new Problem(field, messages.get("agreement.dateFormat", messages.get(labelKey), entry.malformed())));
    }
    return entry.date();
  }

  /** Final, not declined, matches of the district in the round. */
  @Transactional(readOnly = true)
  public long districtCount(Long roundId, String districtCode) {
    return matches.findByRoundIdOrderByDistrictSortOrderAscIdAsc(roundId).stream()
        .filter(m -> m.getStatus() == RoundMatch.Status.FINAL && m.getDistrict().getCode().equals(districtCode))
        .count();
  }

  /** A commissioner of the database who could replace a declined one (a row of the city's table). */
  public record Candidate(Long commissionerId, String name, String sourceUnitName, String industryGroupName,
      String expertise, String levelLabel, boolean sameGroup) {}

  /** What the city's replacement task shows after a decline. */
  public record Reopened(String declinedName, String declineReason, long districtRemaining, int minPerDistrict,
      List<Candidate> candidates) {}

  /**
   * P-02, P-12(3): the case's declined agreement takes the commissioner out of the district's
   * matching and re-opens it for the city: the district's remaining count and the commissioners of
   * the database who could replace them (the same industry group first, P-11).
   */
  public Reopened reopen(String processInstanceId) {
    Agreement agreement = currentOf(processInstanceId);
    RoundMatch match = agreement.getMatch();
    match.decline();
    matches.flush();
    Long roundId = agreement.getRound().getId();
    Set<Long> taken = matches.findByRoundIdOrderByDistrictSortOrderAscIdAsc(roundId).stream()
        .map(m -> m.getCommissioner().getId()).collect(Collectors.toCollection(HashSet::new));
    taken.addAll(serving.ids());
    String group = match.getCommissioner().getIndustryGroup().getCode();
    List<Candidate> candidates = commissioners.findAllByOrderById().stream()
        .filter(c -> !taken.contains(c.getId()) && !c.isBarred())
        .map(c -> new Candidate(c.getId(), c.getName(), c.getSourceUnit().getName(), c.getIndustryGroup().getName(),
            c.getExpertise(), messages.get(c.getLevel() == CommissionerLevel.PROVINCIAL
                ? "agreement.level.provincial" : "agreement.level.municipal"),
            c.getIndustryGroup().getCode().equals(group)))
        .sorted(Comparator.comparing(Candidate::sameGroup).reversed())
        .toList();
    return new Reopened(agreement.getCommissioner().getName(), agreement.getDeclineReason(),
        districtCount(roundId, agreement.getDistrict().getCode()), roundProperties.minPerDistrict(), candidates);
  }

  /**
   * The city's answer to the case's declined agreement: a replacement (eligible by the nomination
   * table, P-07 attested, released by their source unit, not matched in this round, not serving
   * elsewhere) gets a final match in the district with the declined one's service units, and the
   * case opens its agreement — true is returned; or no replacement, allowed only while the district
   * keeps its minimum (P-02).
   */
  public boolean replace(String processInstanceId, String decision, Long replacementId, boolean attested,
      boolean released, String reason) {
    Agreement agreement = currentOf(processInstanceId);
    RoundMatch declined = agreement.getMatch();
    String districtName = agreement.getDistrict().getName();
    if (!REPLACE.equals(decision) && !NO_REPLACEMENT.equals(decision)) {
      throw new ProcessRuleViolation(REPLACEMENT_DECISION.name(), messages.get("agreement.replace.decisionRequired"));
    }
    if (NO_REPLACEMENT.equals(decision)) {
      long remaining = districtCount(agreement.getRound().getId(), agreement.getDistrict().getCode());
      List<Problem> problems = new ArrayList<>();
      if (remaining < roundProperties.minPerDistrict()) {
        problems.add(new Problem(REPLACEMENT_DECISION.name(), messages.get("agreement.replace.belowMinimum",
            districtName, remaining, roundProperties.minPerDistrict())));
      }
      if (reason == null || reason.isBlank()) {
        problems.add(new Problem(NO_REPLACEMENT_REASON.name(), messages.get("agreement.replace.reasonRequired")));
      }
      if (!problems.isEmpty()) {
        throw new ProcessRuleViolation(problems);
      }
      return false;
    }
    List<Problem> problems = new ArrayList<>();
    Commissioner c = replacementId == null ? null : commissioners.findWithDetailsById(replacementId).orElse(null);
    if (c == null) {
      problems.add(new Problem(REPLACEMENT_COMMISSIONER_ID.name(), replacementId == null
          ? messages.get("agreement.replace.idRequired") : messages.get("agreement.replace.unknown", replacementId)));
    } else {
      boolean listed = matches.findByRoundIdOrderByDistrictSortOrderAscIdAsc(agreement.getRound().getId()).stream()
          .anyMatch(m -> m.getCommissioner().getId().equals(c.getId()));
      EligibilityCheck.Outcome outcome = eligibility.of(c, attested, listed);
      if (!outcome.eligible()) {
        String why = c.isBarred() && c.getBarredReason() != null
            ? outcome.reason() + messages.get("nomination.row.barredBecause", c.getBarredReason()) : outcome.reason();
        problems.add(new Problem(attested || c.isBarred() || listed ? REPLACEMENT_COMMISSIONER_ID.name()
            : CONDITIONS_ATTESTED.name(), messages.get("agreement.replace.ineligible", c.getName(), why)));
      } else if (serving.serving(c.getId())) {
        problems.add(new Problem(REPLACEMENT_COMMISSIONER_ID.name(),
            messages.get("agreement.replace.serving", c.getName())));
      }
    }
    if (!released) {
      problems.add(new Problem(SOURCE_UNIT_RELEASED.name(), messages.get("agreement.replace.releaseRequired")));
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
    agreements.save(new Agreement(matches.save(replacement), processInstanceId));
    return true;
  }

  /** The case's signed agreement, to start its dispatch with. */
  @Transactional(readOnly = true)
  public Agreement signed(String processInstanceId) {
    Agreement agreement = currentOf(processInstanceId);
    if (agreement.getStatus() != AgreementStatus.SIGNED) {
      throw new IllegalStateException("agreement " + agreement.getId() + " is " + agreement.getStatus());
    }
    return agreement;
  }

  /** The enterprises behind the match's service units: whom the dispatch serves. */
  @Transactional(readOnly = true)
  public Set<Long> enterprisesOf(RoundMatch match) {
    return serviceUnits.findAllById(match.getServiceUnitIds()).stream().map(ServiceUnit::getEnterprise)
        .map(e -> e.getId()).collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
