package cn.suzhou.shuanglian.matching;

import cn.suzhou.shuanglian.district.District;
import cn.suzhou.shuanglian.round.SelectionRound;
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
 * The district one confirmation task of a matching answers for (P-11). Fixed when the task is
 * created, from the round's districts; read back when the task is completed, so the answer never
 * depends on a process variable.
 */
@Entity
@Table(name = "matching_task")
public class MatchingTask {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_id")
  private SelectionRound round;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "district_code")
  private District district;

  @Column(name = "activity_instance_id", nullable = false, updatable = false)
  private String activityInstanceId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected MatchingTask() {}

  public MatchingTask(SelectionRound round, District district, String activityInstanceId, Instant createdAt) {
    this.round = round;
    this.district = district;
    this.activityInstanceId = activityInstanceId;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public SelectionRound getRound() { return round; }
  public District getDistrict() { return district; }
  public String getActivityInstanceId() { return activityInstanceId; }
  public Instant getCreatedAt() { return createdAt; }
}
