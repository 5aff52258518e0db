package cn.suzhou.shuanglian.expert;

import static cn.suzhou.shuanglian.expert.ExpertApplicationVariables.*;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.commissioner.CommissionerRepository;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-20: an approved applicant becomes a member of the Suzhou S&T expert database. Runs in the
 * transaction of the city's approval, so the decision and the membership are written together; the
 * unique constraint on the commissioner keeps one membership per person under concurrency.
 */
@Component("recordExpertMembership")
public class RecordExpertMembership implements JavaDelegate {

  private final CommissionerRepository commissioners;
  private final ExpertMembershipRepository memberships;
  private final Clock clock;

  public RecordExpertMembership(CommissionerRepository commissioners, ExpertMembershipRepository memberships,
      Optional<Clock> clock) {
    this.commissioners = commissioners;
    this.memberships = memberships;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    Commissioner commissioner = commissioners.findById(in.number(COMMISSIONER_ID))
        .orElseThrow(() -> new IllegalStateException("commissioner " + in.text(COMMISSIONER_ID) + " vanished"));
    ExpertMembership membership = memberships.saveAndFlush(new ExpertMembership(commissioner, in.text(EXPERTISE),
        in.text(TITLE), in.text(REVIEW_FIELDS), in.text(ACHIEVEMENTS), in.text(REVIEWER_USER_ID), clock.instant(),
        execution.getProcessInstanceId()));
    execution.setVariable(MEMBERSHIP_ID, membership.getId());
  }
}
