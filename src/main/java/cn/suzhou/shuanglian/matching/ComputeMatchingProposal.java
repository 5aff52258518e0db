package cn.suzhou.shuanglian.matching;

import static cn.suzhou.shuanglian.matching.MatchingContract.CASE_TITLE;
import static cn.suzhou.shuanglian.matching.MatchingContract.MATCHING_DUE;
import static cn.suzhou.shuanglian.matching.MatchingContract.MIN_PER_DISTRICT;

import cn.suzhou.shuanglian.round.RoundProperties;
import cn.suzhou.shuanglian.round.SelectionRound;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * P-01, P-02, P-11: computes the matching proposal of the round whose case called this one — every
 * commissioner of the final list in exactly one district, every district at least its minimum, by
 * industry group, nearby, strengths against demands — as a minimum-cost flow ({@link MatchingSolver}),
 * each pair with its reasons.
 */
@Component("computeMatchingProposal")
public class ComputeMatchingProposal implements JavaDelegate {

  private final MatchingCases cases;
  private final MatchingService matching;
  private final RoundProperties properties;

  public ComputeMatchingProposal(MatchingCases cases, MatchingService matching, RoundProperties properties) {
    this.cases = cases;
    this.matching = matching;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SelectionRound round = cases.roundOf(execution);
    matching.propose(round);
    CASE_TITLE.set(execution, round.getRoundYear() + "年分组匹配");
    MIN_PER_DISTRICT.set(execution, (long) properties.minPerDistrict());
    MATCHING_DUE.set(execution, Date.from(ClockUtil.getCurrentTime().toInstant().plus(properties.nominationPeriod())));
  }
}
