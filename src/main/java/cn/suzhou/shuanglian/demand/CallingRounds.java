package cn.suzhou.shuanglian.demand;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What a demand collection needs to know about the selection round that calls it (P-12(1)): which
 * round a case belongs to, its year, districts and collection deadline. The rounds answer it;
 * declared here so that the demand collection need not know the round, which orchestrates it.
 */
public interface CallingRounds {

  /** A round as a demand collection sees it. */
  record CallingRound(Long id, int year, List<String> districtCodes, LocalDate collectionDeadline) {}

  /** The round whose case called this {@code districtDemandCollection} case. */
  CallingRound ofCalledCase(DelegateExecution execution);

  /** The id of the live (not cancelled) round of a year, if any. */
  Optional<Long> activeRoundId(int year);
}
