package cn.suzhou.shuanglian.demand;

import java.util.List;
import org.springframework.stereotype.Component;

/** The service units, for other features (plain delegation to the service unit repository). */
@Component
public class ServiceUnitFinder {

  private final ServiceUnitRepository serviceUnits;

  public ServiceUnitFinder(ServiceUnitRepository serviceUnits) {
    this.serviceUnits = serviceUnits;
  }

  public List<ServiceUnit> findAllById(Iterable<Long> ids) {
    return serviceUnits.findAllById(ids);
  }

  public List<ServiceUnit> findByCollectionRoundIdOrderById(Long roundId) {
    return serviceUnits.findByCollectionRoundIdOrderById(roundId);
  }
}
