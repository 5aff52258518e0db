package cn.suzhou.shuanglian.dispatch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A funding subsidy the district paid the commissioner (经费补助, P-05). */
@Entity
@Table(name = "subsidy")
public class Subsidy {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "dispatch_id", nullable = false)
  private Long dispatchId;

  @Column(nullable = false)
  private BigDecimal amount;

  @Column(name = "paid_on", nullable = false)
  private LocalDate paidOn;

  @Column(nullable = false)
  private String purpose;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Subsidy() {}

  public Subsidy(Long dispatchId, BigDecimal amount, LocalDate paidOn, String purpose, String recordedBy,
      Instant recordedAt) {
    this.dispatchId = dispatchId;
    this.amount = amount;
    this.paidOn = paidOn;
    this.purpose = purpose;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() { return id; }
  public Long getDispatchId() { return dispatchId; }
  public BigDecimal getAmount() { return amount; }
  public LocalDate getPaidOn() { return paidOn; }
  public String getPurpose() { return purpose; }
  public String getRecordedBy() { return recordedBy; }
  public Instant getRecordedAt() { return recordedAt; }
}
