package cn.suzhou.shuanglian.nomination;

import cn.suzhou.shuanglian.round.SelectionRound;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A round's preliminary list of commissioners (初步拟定选派人员名单, P-12(2)). */
@Entity
@Table(name = "nomination")
public class Nomination {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_id")
  private SelectionRound round;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private NominationStatus status;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "countersign_attempt", nullable = false)
  private int countersignAttempt;

  @Column(name = "finalised_at")
  private Instant finalisedAt;

  @Version
  private int version;

  protected Nomination() {}

  public Nomination(SelectionRound round, String processInstanceId) {
    this.round = round;
    this.processInstanceId = processInstanceId;
    this.status = NominationStatus.DRAFT;
  }

  /** The nomination case (process instance) working on this list. */
  public void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public void moveTo(NominationStatus status) {
    this.status = status;
  }

  /** A new round of countersignatures begins. */
  public int nextCountersignAttempt() {
    return ++countersignAttempt;
  }

  public void finalised(Instant at) {
    this.status = NominationStatus.FINAL;
    this.finalisedAt = at;
  }

  public Long getId() { return id; }
  public SelectionRound getRound() { return round; }
  public NominationStatus getStatus() { return status; }
  public String getProcessInstanceId() { return processInstanceId; }
  public int getCountersignAttempt() { return countersignAttempt; }
  public Instant getFinalisedAt() { return finalisedAt; }
}
