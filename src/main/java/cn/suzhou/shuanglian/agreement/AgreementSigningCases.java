package cn.suzhou.shuanglian.agreement;

import cn.suzhou.shuanglian.matching.RoundMatch;
import cn.suzhou.shuanglian.matching.RoundMatches;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** P-12(3): the final matches of a round, one agreement case each (the round's multi-instance collection). */
@Component("agreementSigningCases")
public class AgreementSigningCases {

  private final RoundMatches matches;
  private final AgreementService agreements;

  public AgreementSigningCases(RoundMatches matches, AgreementService agreements) {
    this.matches = matches;
    this.agreements = agreements;
  }

  @Transactional(readOnly = true)
  public List<Long> matchIds(Long roundId) {
    return matches.findByRoundIdOrderByDistrictSortOrderAscIdAsc(roundId).stream()
        .filter(m -> m.getStatus() == RoundMatch.Status.FINAL).map(RoundMatch::getId).toList();
  }

  /** The case's business key: round year, district code and commissioner (2025-341302-张伟). */
  public String businessKey(Long matchId) {
    return agreements.caseKey(matchId);
  }
}
