package cn.suzhou.shuanglian.round;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SelectionRoundRepository extends JpaRepository<SelectionRound, Long> {

  /** The live (not cancelled) round of a year. */
  Optional<SelectionRound> findByActiveYear(Integer year);

  List<SelectionRound> findAllByOrderByRoundYearDescIdDesc();

  /** The round a selection-round case (process instance) runs. */
  Optional<SelectionRound> findByProcessInstanceId(String processInstanceId);
}
