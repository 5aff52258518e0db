package cn.suzhou.shuanglian.matching;

import static cn.suzhou.shuanglian.matching.MatchingVariables.*;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.round.RoundProperties;
import cn.suzhou.shuanglian.round.SelectionRound;
import cn.suzhou.shuanglian.round.SelectionRoundRepository;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * P-01, P-02, P-11: computes the matching proposal — every commissioner of the final list in exactly
 * one district, every district at least its minimum, by industry group, nearby, strengths against
 * demands — as a minimum-cost flow ({@link MatchingSolver}), each pair with its reasons.
 */
@Component("computeMatchingProposal")
public class ComputeMatchingProposal implements JavaDelegate {

  private final SelectionRoundRepository rounds;
  private final MatchingService matching;
  private final RoundProperties properties;

  public ComputeMatchingProposal(SelectionRoundRepository rounds, MatchingService matching,
      RoundProperties properties) {
    this.rounds = rounds;
    this.matching = matching;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SelectionRound round = rounds.findById(new VariableReader(execution).number(ROUND_ID)).orElseThrow();
    matching.propose(round);
    execution.setVariable(CASE_TITLE, round.getRoundYear() + "年分组匹配");
    execution.setVariable(MIN_PER_DISTRICT, properties.minPerDistrict());
    execution.setVariable(MATCHING_DUE,
        Date.from(ClockUtil.getCurrentTime().toInstant().plus(properties.nominationPeriod())));
  }
}
