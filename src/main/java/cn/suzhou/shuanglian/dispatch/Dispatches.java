package cn.suzhou.shuanglian.dispatch;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The dispatches, for other features (plain delegation to the dispatch repository). */
@Component
public class Dispatches {

  private final DispatchRepository dispatches;

  public Dispatches(DispatchRepository dispatches) {
    this.dispatches = dispatches;
  }

  public Optional<Dispatch> findWithDetailsById(Long id) {
    return dispatches.findWithDetailsById(id);
  }

  public Optional<Dispatch> findWithDetailsByProcessInstanceId(String processInstanceId) {
    return dispatches.findWithDetailsByProcessInstanceId(processInstanceId);
  }

  public List<Dispatch> findByAgreementRoundIdOrderById(Long roundId) {
    return dispatches.findByAgreementRoundIdOrderById(roundId);
  }

  public Optional<Dispatch> findByActiveCommissionerId(Long commissionerId) {
    return dispatches.findByActiveCommissionerId(commissionerId);
  }

  public Set<Long> findActiveCommissionerIdsServing(Long enterpriseId) {
    return dispatches.findActiveCommissionerIdsServing(enterpriseId);
  }
}
