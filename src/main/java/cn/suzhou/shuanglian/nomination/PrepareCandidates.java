package cn.suzhou.shuanglian.nomination;

import static cn.suzhou.shuanglian.nomination.NominationVariables.*;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.round.RoundProperties;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * P-04, P-12(2): opens the round's preliminary list and gives the city bureau's draft task the
 * commissioner information database, the supply–demand comparison and the size the list needs.
 */
@Component("prepareCandidates")
public class PrepareCandidates implements JavaDelegate {

  private final NominationService nominations;
  private final RoundProperties properties;

  public PrepareCandidates(NominationService nominations, RoundProperties properties) {
    this.nominations = nominations;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    Nomination nomination = nominations.open(in.number(ROUND_ID), execution.getProcessInstanceId());
    execution.setVariable(NOMINATION_ID, nomination.getId());
    execution.setVariable(CASE_TITLE, nomination.getRound().getRoundYear() + "年选派人员提名");
    execution.setVariable(NOMINATION_DUE,
        Date.from(ClockUtil.getCurrentTime().toInstant().plus(properties.nominationPeriod())));
    execution.setVariables(nominations.draftVariables(nomination));
  }
}
