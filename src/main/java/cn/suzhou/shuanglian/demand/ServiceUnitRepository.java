package cn.suzhou.shuanglian.demand;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceUnitRepository extends JpaRepository<ServiceUnit, Long> {

  @EntityGraph(attributePaths = {"enterprise", "enterprise.industryGroup"})
  List<ServiceUnit> findByCollectionIdOrderById(Long collectionId);

  @EntityGraph(attributePaths = {"enterprise", "enterprise.industryGroup", "collection"})
  List<ServiceUnit> findByCollectionRoundIdOrderById(Long roundId);
}
