package cn.suzhou.shuanglian.evaluation;

import cn.suzhou.shuanglian.enterprise.Enterprise;
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
 * One satisfaction task of a yearly evaluation (服务单位满意度评价, P-18) and the enterprise it asks,
 * written when the task opens: the task's execution is the link, so its completion rates this
 * enterprise of this evaluation — never one named in a process variable.
 */
@Entity
@Table(name = "rating_request")
public class RatingRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "evaluation_id", nullable = false)
  private Long evaluationId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "enterprise_id")
  private Enterprise enterprise;

  @Column(name = "execution_id", nullable = false)
  private String executionId;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  protected RatingRequest() {}

  public RatingRequest(Long evaluationId, Enterprise enterprise, String executionId, Instant requestedAt) {
    this.evaluationId = evaluationId;
    this.enterprise = enterprise;
    this.executionId = executionId;
    this.requestedAt = requestedAt;
  }

  public Long getId() { return id; }
  public Long getEvaluationId() { return evaluationId; }
  public Enterprise getEnterprise() { return enterprise; }
  public String getExecutionId() { return executionId; }
  public Instant getRequestedAt() { return requestedAt; }
}
