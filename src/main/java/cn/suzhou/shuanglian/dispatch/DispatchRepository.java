package cn.suzhou.shuanglian.dispatch;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DispatchRepository extends JpaRepository<Dispatch, Long> {

  @EntityGraph(attributePaths = {"commissioner", "district", "sourceUnit", "agreement", "enterpriseIds"})
  Optional<Dispatch> findWithDetailsById(Long id);

  @EntityGraph(attributePaths = {"commissioner", "district", "sourceUnit", "agreement"})
  List<Dispatch> findAllByOrderById();

  @EntityGraph(attributePaths = {"commissioner", "district", "sourceUnit", "agreement"})
  List<Dispatch> findByDistrictCodeInOrderById(Collection<String> districtCodes);

  @EntityGraph(attributePaths = {"commissioner", "district", "sourceUnit", "agreement"})
  List<Dispatch> findBySourceUnitCodeInOrderById(Collection<String> sourceUnitCodes);

  @EntityGraph(attributePaths = {"commissioner", "district", "sourceUnit", "agreement"})
  List<Dispatch> findByCommissionerIdOrderById(Long commissionerId);

  /** The commissioner's running dispatch, if any (at most one, by a unique key). */
  @EntityGraph(attributePaths = {"commissioner", "district", "sourceUnit", "agreement", "enterpriseIds"})
  Optional<Dispatch> findByActiveCommissionerId(Long commissionerId);

  @EntityGraph(attributePaths = {"commissioner", "district", "sourceUnit", "agreement", "enterpriseIds"})
  Optional<Dispatch> findByAgreementId(Long agreementId);
}
