package cn.suzhou.shuanglian.demand;

import java.util.List;
import org.springframework.stereotype.Component;

/** A round's demand collections, for other features (plain delegation to the collection repository). */
@Component
public class DemandCollectionFinder {

  private final DemandCollectionRepository collections;

  public DemandCollectionFinder(DemandCollectionRepository collections) {
    this.collections = collections;
  }

  public List<DemandCollection> findByRoundIdOrderByDistrictSortOrder(Long roundId) {
    return collections.findByRoundIdOrderByDistrictSortOrder(roundId);
  }
}
