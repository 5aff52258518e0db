package cn.suzhou.shuanglian.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Whom one parallel task of a nomination answers for — a source unit's release (P-08) or a
 * co-department's countersignature (P-03) — as the Camunda group whose members may answer it. Fixed
 * when the task is created, from the case's own list; read back when the task is completed, so the
 * answer never depends on a process variable.
 */
@Entity
@Table(name = "nomination_task")
public class NominationTask {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "nomination_id")
  private Nomination nomination;

  @Column(name = "activity_instance_id", nullable = false, updatable = false)
  private String activityInstanceId;

  @Column(name = "party_group", nullable = false, updatable = false)
  private String partyGroup;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected NominationTask() {}

  public NominationTask(Nomination nomination, String activityInstanceId, String partyGroup, Instant createdAt) {
    this.nomination = nomination;
    this.activityInstanceId = activityInstanceId;
    this.partyGroup = partyGroup;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public Nomination getNomination() { return nomination; }
  public String getActivityInstanceId() { return activityInstanceId; }
  public String getPartyGroup() { return partyGroup; }
  public Instant getCreatedAt() { return createdAt; }
}
