package cn.suzhou.shuanglian.dispatch;

import cn.suzhou.shuanglian.dispatch.RenewalOpinion.Party;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One open renewal opinion task (续派意见, P-15) of a dispatch's case: which party it asks, recorded by
 * the process when it opens the task (keyed by the task's execution). The answer is recorded for this
 * party of this dispatch — never for a party or dispatch a completion names.
 */
@Entity
@Table(name = "renewal_opinion_task")
public class RenewalOpinionTask {

  @Id
  @Column(name = "execution_id")
  private String executionId;

  @Column(name = "dispatch_id", nullable = false)
  private Long dispatchId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Party party;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  protected RenewalOpinionTask() {}

  public RenewalOpinionTask(String executionId, Long dispatchId, Party party, Instant openedAt) {
    this.executionId = executionId;
    this.dispatchId = dispatchId;
    this.party = party;
    this.openedAt = openedAt;
  }

  public String getExecutionId() { return executionId; }
  public Long getDispatchId() { return dispatchId; }
  public Party getParty() { return party; }
  public Instant getOpenedAt() { return openedAt; }
}
