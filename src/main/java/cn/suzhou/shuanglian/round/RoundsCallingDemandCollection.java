package cn.suzhou.shuanglian.round;

import cn.suzhou.shuanglian.demand.CallingRounds;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The selection rounds as the demand collections they call see them (P-12(1)). */
@Component
class RoundsCallingDemandCollection implements CallingRounds {

  private final SelectionRounds rounds;
  private final SelectionRoundRepository repository;

  RoundsCallingDemandCollection(SelectionRounds rounds, SelectionRoundRepository repository) {
    this.rounds = rounds;
    this.repository = repository;
  }

  @Override
  public CallingRound ofCalledCase(DelegateExecution execution) {
    SelectionRound round = rounds.ofCalledCase(execution);
    return new CallingRound(round.getId(), round.getRoundYear(), round.getDistrictCodes(),
        round.getCollectionDeadline());
  }

  @Override
  public Optional<Long> activeRoundId(int year) {
    return repository.findByActiveYear(year).map(SelectionRound::getId);
  }
}
