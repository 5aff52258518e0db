package cn.suzhou.shuanglian.demand;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TechnologyDemandRepository extends JpaRepository<TechnologyDemand, Long> {

  @EntityGraph(attributePaths = {"serviceUnit", "serviceUnit.enterprise", "industryGroup"})
  List<TechnologyDemand> findByCollectionIdOrderById(Long collectionId);

  @EntityGraph(attributePaths = {"serviceUnit", "serviceUnit.enterprise", "industryGroup", "collection"})
  List<TechnologyDemand> findByCollectionRoundIdOrderById(Long roundId);

  void deleteByServiceUnitIn(Collection<ServiceUnit> serviceUnits);
}
