package cn.suzhou.shuanglian.round;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A two-year selection round (选派轮次, P-01): its year, the districts it covers (taken from the
 * district table when it opens, P-02), the demand-collection deadline and its progress. One live
 * round per year, backed by the unique {@code active_year}.
 */
@Entity
@Table(name = "selection_round")
public class SelectionRound {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "round_year", nullable = false)
  private int roundYear;

  @Column(name = "active_year")
  private Integer activeYear;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RoundStatus status;

  @Column(name = "collection_deadline", nullable = false)
  private LocalDate collectionDeadline;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "opened_by", nullable = false)
  private String openedBy;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "summary_compiled_at")
  private Instant summaryCompiledAt;

  @Column(name = "summary_reviewed_by")
  private String summaryReviewedBy;

  @Column(name = "summary_reviewed_at")
  private Instant summaryReviewedAt;

  @Column(name = "summary_review_note")
  private String summaryReviewNote;

  @ElementCollection
  @CollectionTable(name = "round_district", joinColumns = @JoinColumn(name = "round_id"))
  @OrderColumn(name = "sort_index")
  @Column(name = "district_code")
  private List<String> districtCodes = new ArrayList<>();

  @Version
  private int version;

  protected SelectionRound() {}

  public SelectionRound(int roundYear, LocalDate collectionDeadline, List<String> districtCodes, String openedBy,
      Instant openedAt) {
    this.roundYear = roundYear;
    this.activeYear = roundYear;
    this.status = RoundStatus.COLLECTING;
    this.collectionDeadline = collectionDeadline;
    this.districtCodes = new ArrayList<>(districtCodes);
    this.openedBy = openedBy;
    this.openedAt = openedAt;
  }

  public void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public void demandsApproved(Instant at) {
    this.status = RoundStatus.DEMANDS_APPROVED;
    this.summaryCompiledAt = at;
  }

  public void supplyDemandReviewed(String userId, Instant at, String note) {
    this.status = RoundStatus.SUPPLY_DEMAND_REVIEWED;
    this.summaryReviewedBy = userId;
    this.summaryReviewedAt = at;
    this.summaryReviewNote = note;
  }

  public void moveTo(RoundStatus status) {
    this.status = status;
  }

  /** Frees the year for a new round. */
  public void cancel() {
    this.status = RoundStatus.CANCELLED;
    this.activeYear = null;
  }

  public Long getId() { return id; }
  public int getRoundYear() { return roundYear; }
  public RoundStatus getStatus() { return status; }
  public LocalDate getCollectionDeadline() { return collectionDeadline; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getOpenedBy() { return openedBy; }
  public Instant getOpenedAt() { return openedAt; }
  public Instant getSummaryCompiledAt() { return summaryCompiledAt; }
  public String getSummaryReviewedBy() { return summaryReviewedBy; }
  public Instant getSummaryReviewedAt() { return summaryReviewedAt; }
  public String getSummaryReviewNote() { return summaryReviewNote; }
  public List<String> getDistrictCodes() { return List.copyOf(districtCodes); }
}
