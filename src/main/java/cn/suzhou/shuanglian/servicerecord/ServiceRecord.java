package cn.suzhou.shuanglian.servicerecord;

import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A service the commissioner gave an enterprise during a dispatch (服务记录, P-06, P-09), confirmed or
 * disputed by the enterprise's contact; only confirmed days count toward the yearly minimum (P-15).
 */
@Entity
@Table(name = "service_record")
public class ServiceRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "dispatch_id")
  private Dispatch dispatch;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "enterprise_id")
  private Enterprise enterprise;

  @Enumerated(EnumType.STRING)
  @Column(name = "service_type", nullable = false)
  private ServiceType serviceType;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(nullable = false)
  private int days;

  /** The service year of the dispatch (1, 2) the period lies in. */
  @Column(name = "service_year", nullable = false)
  private int serviceYear;

  @Column(nullable = false)
  private String summary;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ServiceRecordStatus status;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "dispute_reason")
  private String disputeReason;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Version
  private int version;

  protected ServiceRecord() {}

  public ServiceRecord(Dispatch dispatch, Enterprise enterprise, ServiceType serviceType, LocalDate startDate,
      LocalDate endDate, int days, int serviceYear, String summary, String recordedBy, Instant recordedAt,
      String processInstanceId) {
    this.dispatch = dispatch;
    this.enterprise = enterprise;
    this.serviceType = serviceType;
    this.startDate = startDate;
    this.endDate = endDate;
    this.days = days;
    this.serviceYear = serviceYear;
    this.summary = summary;
    this.status = ServiceRecordStatus.PENDING;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.processInstanceId = processInstanceId;
  }

  public void confirm(String userId, Instant at) {
    this.status = ServiceRecordStatus.CONFIRMED;
    this.answeredBy = userId;
    this.answeredAt = at;
  }

  public void dispute(String userId, String reason, Instant at) {
    this.status = ServiceRecordStatus.DISPUTED;
    this.answeredBy = userId;
    this.answeredAt = at;
    this.disputeReason = reason;
  }

  public Long getId() { return id; }
  public Dispatch getDispatch() { return dispatch; }
  public Enterprise getEnterprise() { return enterprise; }
  public ServiceType getServiceType() { return serviceType; }
  public LocalDate getStartDate() { return startDate; }
  public LocalDate getEndDate() { return endDate; }
  public int getDays() { return days; }
  public int getServiceYear() { return serviceYear; }
  public String getSummary() { return summary; }
  public ServiceRecordStatus getStatus() { return status; }
  public String getRecordedBy() { return recordedBy; }
  public Instant getRecordedAt() { return recordedAt; }
  public String getAnsweredBy() { return answeredBy; }
  public Instant getAnsweredAt() { return answeredAt; }
  public String getDisputeReason() { return disputeReason; }
  public String getProcessInstanceId() { return processInstanceId; }
}
