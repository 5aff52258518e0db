package cn.suzhou.shuanglian.demand;

import java.util.List;
import org.springframework.stereotype.Component;

/** The technology demands, for other features (plain delegation to the technology demand repository). */
@Component
public class TechnologyDemandFinder {

  private final TechnologyDemandRepository demands;

  public TechnologyDemandFinder(TechnologyDemandRepository demands) {
    this.demands = demands;
  }

  public List<TechnologyDemand> findByCollectionRoundIdOrderById(Long roundId) {
    return demands.findByCollectionRoundIdOrderById(roundId);
  }
}
