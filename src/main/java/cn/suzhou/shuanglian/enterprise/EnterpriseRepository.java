package cn.suzhou.shuanglian.enterprise;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnterpriseRepository extends JpaRepository<Enterprise, Long> {

  @EntityGraph(attributePaths = {"district", "industryGroup"})
  List<Enterprise> findAllByOrderById();

  @EntityGraph(attributePaths = {"district", "industryGroup"})
  List<Enterprise> findByDistrictCodeInOrderById(Collection<String> districtCodes);

  /** Every enterprise, a page of them by id (the city bureau, process managers). */
  @EntityGraph(attributePaths = {"district", "industryGroup"})
  Page<Enterprise> findAllByOrderById(Pageable pageable);

  /** The enterprises of the districts, a page of them by id: the district filter is in the query, before paging. */
  @EntityGraph(attributePaths = {"district", "industryGroup"})
  Page<Enterprise> findByDistrictCodeInOrderById(Collection<String> districtCodes, Pageable pageable);

  List<Enterprise> findByContactUserId(String contactUserId);

  boolean existsByCreditCode(String creditCode);

  @EntityGraph(attributePaths = {"district", "industryGroup"})
  Optional<Enterprise> findWithDistrictByCreditCode(String creditCode);
}
