package cn.suzhou.shuanglian.evaluation;

import cn.suzhou.shuanglian.district.District;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface EvaluationSchemeRepository extends JpaRepository<EvaluationScheme, Long> {

  /** The district's scheme in force (at most one, by a unique key). */
  @EntityGraph(attributePaths = {"district"})
  Optional<EvaluationScheme> findByInForceDistrict(String districtCode);

  /** The scheme an evaluationScheme case decides. */
  @EntityGraph(attributePaths = {"district"})
  Optional<EvaluationScheme> findByProcessInstanceId(String processInstanceId);

  @EntityGraph(attributePaths = {"district"})
  List<EvaluationScheme> findAllByOrderById();

  @EntityGraph(attributePaths = {"district"})
  List<EvaluationScheme> findByDistrictCodeInOrderById(Collection<String> districtCodes);

  /** The district's schemes in these states, oldest first. */
  @EntityGraph(attributePaths = {"district"})
  List<EvaluationScheme> findByDistrictCodeAndStatusInOrderById(String districtCode, Collection<SchemeStatus> statuses);

  long countByDistrictCode(String districtCode);

  /**
   * The district, locked for the rest of the transaction: two submissions of one district queue here,
   * so the second sees the first's open scheme ("one open scheme per district" has no unique key).
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select d from District d where d.code = :code")
  Optional<District> lockDistrict(String code);
}
