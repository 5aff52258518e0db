package cn.suzhou.shuanglian.enterprise;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnterpriseRepository extends JpaRepository<Enterprise, Long> {

  @EntityGraph(attributePaths = {"district", "industryGroup"})
  List<Enterprise> findAllByOrderById();

  @EntityGraph(attributePaths = {"district", "industryGroup"})
  List<Enterprise> findByDistrictCodeInOrderById(Collection<String> districtCodes);

  List<Enterprise> findByContactUserId(String contactUserId);

  boolean existsByCreditCode(String creditCode);

  @EntityGraph(attributePaths = {"district", "industryGroup"})
  Optional<Enterprise> findWithDistrictByCreditCode(String creditCode);
}
