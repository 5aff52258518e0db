package cn.suzhou.shuanglian.matching;

import static cn.suzhou.shuanglian.matching.MatchingVariables.*;

import cn.suzhou.shuanglian.district.DistrictRepository;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.round.SelectionRoundRepository;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** P-11: gives one district's confirmation task its part of the proposal, local to its execution. */
@Component("prepareDistrictConfirmation")
public class PrepareDistrictConfirmation implements ExecutionListener {

  private final SelectionRoundRepository rounds;
  private final DistrictRepository districts;
  private final MatchingService matching;

  public PrepareDistrictConfirmation(SelectionRoundRepository rounds, DistrictRepository districts,
      MatchingService matching) {
    this.rounds = rounds;
    this.districts = districts;
    this.matching = matching;
  }

  @Override
  public void notify(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    String code = in.text(DISTRICT_CODE);
    Map<String, Object> local = new HashMap<>();
    local.put(DISTRICT_MATCHES, matching.districtMatches(rounds.findById(in.number(ROUND_ID)).orElseThrow(), code));
    local.put(DISTRICT_NAME, districts.findById(code).orElseThrow().getName());
    local.put(CONFIRMATION_DECISION, null);
    local.put(CONFIRMATION_COMMENT, null);
    execution.setVariablesLocal(local);
  }
}
