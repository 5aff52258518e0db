package cn.suzhou.shuanglian.matching;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoundMatchRepository extends JpaRepository<RoundMatch, Long> {

  @EntityGraph(attributePaths = {"commissioner", "commissioner.sourceUnit", "commissioner.industryGroup", "district",
      "serviceUnitIds"})
  List<RoundMatch> findByRoundIdOrderByDistrictSortOrderAscIdAsc(Long roundId);
}
