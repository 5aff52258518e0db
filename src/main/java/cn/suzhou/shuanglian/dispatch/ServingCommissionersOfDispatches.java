package cn.suzhou.shuanglian.dispatch;

import cn.suzhou.shuanglian.agreement.ServingCommissioners;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The commissioners serving a running dispatch, for the agreements' replacements. */
@Component
@Transactional(readOnly = true)
class ServingCommissionersOfDispatches implements ServingCommissioners {

  private final DispatchRepository dispatches;

  ServingCommissionersOfDispatches(DispatchRepository dispatches) {
    this.dispatches = dispatches;
  }

  @Override
  public Set<Long> ids() {
    return dispatches.findActiveCommissionerIds();
  }

  @Override
  public boolean serving(Long commissionerId) {
    return dispatches.findByActiveCommissionerId(commissionerId).isPresent();
  }
}
