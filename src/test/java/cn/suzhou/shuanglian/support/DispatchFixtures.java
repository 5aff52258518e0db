package cn.suzhou.shuanglian.support;

import cn.suzhou.shuanglian.agreement.Agreement;
import cn.suzhou.shuanglian.agreement.AgreementRepository;
import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.district.DistrictRepository;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.DispatchRepository;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.enterprise.EnterpriseRepository;
import cn.suzhou.shuanglian.enterprise.EnterpriseScale;
import cn.suzhou.shuanglian.industry.IndustryGroupRepository;
import cn.suzhou.shuanglian.matching.RoundMatch;
import cn.suzhou.shuanglian.matching.RoundMatchRepository;
import cn.suzhou.shuanglian.round.RoundStatus;
import cn.suzhou.shuanglian.round.SelectionRound;
import cn.suzhou.shuanglian.round.SelectionRoundRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/**
 * Signed agreements and running dispatches written straight to the domain tables (no round process),
 * for tests of what happens during a dispatch: service records, evaluation, posts, subsidies.
 */
public final class DispatchFixtures {

  private final TestData data;
  private final SelectionRoundRepository rounds;
  private final RoundMatchRepository matches;
  private final AgreementRepository agreements;
  private final DispatchRepository dispatches;
  private final DistrictRepository districts;
  private final EnterpriseRepository enterprises;
  private final IndustryGroupRepository industryGroups;

  public DispatchFixtures(ApplicationContext context, TestData data) {
    this.data = data;
    this.rounds = context.getBean(SelectionRoundRepository.class);
    this.matches = context.getBean(RoundMatchRepository.class);
    this.agreements = context.getBean(AgreementRepository.class);
    this.dispatches = context.getBean(DispatchRepository.class);
    this.districts = context.getBean(DistrictRepository.class);
    this.enterprises = context.getBean(EnterpriseRepository.class);
    this.industryGroups = context.getBean(IndustryGroupRepository.class);
  }

  /** An enterprise of the district whose contact person has a login in the enterprises group. */
  public Enterprise enterprise(String districtCode) {
    String contact = data.user("contact", "enterprises");
    String code = data.creditCode();
    return enterprises.save(new Enterprise(code, "宿州测试企业" + code, districts.findById(districtCode).orElseThrow(),
        industryGroups.getReferenceById("NEW_MATERIALS"), EnterpriseScale.SMALL, contact, "联系人", "13955700000"));
  }

  /** A signed agreement of the round and its running dispatch serving the enterprises. */
  public Dispatch dispatch(SelectionRound round, Commissioner commissioner, String districtCode, LocalDate termStart,
      List<Enterprise> served) {
    Agreement agreement = signedAgreement(round, commissioner, districtCode, termStart);
    Set<Long> ids = new LinkedHashSet<>();
    served.forEach(e -> ids.add(e.getId()));
    return dispatches.save(new Dispatch(agreement, ids));
  }

  /** A signed two-year agreement from {@code termStart} and its running dispatch serving the enterprises. */
  public Dispatch dispatch(Commissioner commissioner, String districtCode, LocalDate termStart,
      List<Enterprise> served) {
    return dispatch(signedRound(List.of(districtCode), termStart), commissioner, districtCode, termStart, served);
  }

  /** A signed two-year agreement from {@code termStart} of a final match (no dispatch yet). */
  public Agreement signedAgreement(Commissioner commissioner, String districtCode, LocalDate termStart) {
    return signedAgreement(signedRound(List.of(districtCode), termStart), commissioner, districtCode, termStart);
  }

  /** A round of a fresh year over the districts whose agreements are signed (terms from {@code termStart}). */
  public SelectionRound signedRound(List<String> districtCodes, LocalDate termStart) {
    SelectionRound round = new SelectionRound(Rounds.freshYear(rounds), termStart.minusMonths(3),
        districtCodes, "fixture", Instant.now());
    round.moveTo(RoundStatus.SIGNED);
    return rounds.save(round);
  }

  /** A final match of the round (no agreement yet). */
  public RoundMatch finalMatch(SelectionRound round, Commissioner commissioner, String districtCode) {
    RoundMatch match = new RoundMatch(round, commissioner, districts.findById(districtCode).orElseThrow(), true, 5,
        "测试结对");
    match.finalise();
    return matches.save(match);
  }

  /** A signed two-year agreement of the round from {@code termStart} of a final match (no dispatch yet). */
  public Agreement signedAgreement(SelectionRound round, Commissioner commissioner, String districtCode,
      LocalDate termStart) {
    RoundMatch match = finalMatch(round, commissioner, districtCode);
    Agreement agreement = new Agreement(match, null);
    agreement.accept(commissioner.getUserId(), Instant.now());
    agreement.sign("SZ" + round.getRoundYear() + "-" + districtCode + "-" + commissioner.getId(), termStart,
        termStart, termStart.plusYears(2), "fixture", Instant.now());
    return agreements.save(agreement);
  }
}
