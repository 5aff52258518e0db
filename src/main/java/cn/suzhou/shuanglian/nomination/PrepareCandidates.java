package cn.suzhou.shuanglian.nomination;

import static cn.suzhou.shuanglian.nomination.NominationContract.CASE_TITLE;
import static cn.suzhou.shuanglian.nomination.NominationContract.NOMINATION_DUE;
import static cn.suzhou.shuanglian.nomination.NominationContract.NOMINATION_ID;

import cn.suzhou.shuanglian.round.RoundProperties;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * P-04, P-12(2): opens the preliminary list of the round whose case called this one, links it to
 * this case, and gives the city bureau's draft task the commissioner information database, the
 * supply–demand comparison and the size the list needs.
 */
@Component("prepareCandidates")
public class PrepareCandidates implements JavaDelegate {

  private final NominationService nominations;
  private final NominationCases cases;
  private final RoundProperties properties;

  public PrepareCandidates(NominationService nominations, NominationCases cases, RoundProperties properties) {
    this.nominations = nominations;
    this.cases = cases;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Nomination nomination = nominations.open(cases.callingRound(execution), execution.getProcessInstanceId());
    NOMINATION_ID.set(execution, nomination.getId());
    CASE_TITLE.set(execution, nomination.getRound().getRoundYear() + "年选派人员提名");
    NOMINATION_DUE.set(execution, Date.from(ClockUtil.getCurrentTime().toInstant().plus(properties.nominationPeriod())));
    cases.showDraft(execution, nominations.draft(nomination));
  }
}
