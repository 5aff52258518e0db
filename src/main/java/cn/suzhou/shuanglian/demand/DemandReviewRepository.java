package cn.suzhou.shuanglian.demand;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DemandReviewRepository extends JpaRepository<DemandReview, Long> {

  List<DemandReview> findByCollectionIdOrderByReviewNo(Long collectionId);

  int countByCollectionId(Long collectionId);
}
