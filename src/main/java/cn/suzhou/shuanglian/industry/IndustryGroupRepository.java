package cn.suzhou.shuanglian.industry;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndustryGroupRepository extends JpaRepository<IndustryGroup, String> {

  List<IndustryGroup> findAllByOrderBySortOrder();
}
