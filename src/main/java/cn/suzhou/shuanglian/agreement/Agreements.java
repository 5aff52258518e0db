package cn.suzhou.shuanglian.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The agreements, for other features (plain delegation to the agreement repository). */
@Component
public class Agreements {

  private final AgreementRepository agreements;

  public Agreements(AgreementRepository agreements) {
    this.agreements = agreements;
  }

  public Optional<Agreement> findWithDetailsById(Long id) {
    return agreements.findWithDetailsById(id);
  }

  public List<Agreement> findByRoundIdOrderById(Long roundId) {
    return agreements.findByRoundIdOrderById(roundId);
  }

  public Optional<Agreement> findByPreviousId(Long previousAgreementId) {
    return agreements.findByPreviousId(previousAgreementId);
  }
}
