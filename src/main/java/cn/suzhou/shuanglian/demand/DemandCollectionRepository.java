package cn.suzhou.shuanglian.demand;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DemandCollectionRepository extends JpaRepository<DemandCollection, Long> {

  @EntityGraph(attributePaths = {"district"})
  Optional<DemandCollection> findByRoundIdAndDistrictCode(Long roundId, String districtCode);

  /** The collection a {@code districtDemandCollection} case opened. */
  @EntityGraph(attributePaths = {"district"})
  Optional<DemandCollection> findWithRoundByProcessInstanceId(String processInstanceId);

  @EntityGraph(attributePaths = {"district"})
  List<DemandCollection> findByRoundIdOrderByDistrictSortOrder(Long roundId);
}
