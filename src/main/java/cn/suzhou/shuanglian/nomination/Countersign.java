package cn.suzhou.shuanglian.nomination;

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
import java.time.Instant;

/** A co-department's countersignature (会签, P-03) of the list, per attempt; every objection is kept. */
@Entity
@Table(name = "countersign")
public class Countersign {

  public enum Decision { AGREE, OBJECT }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "nomination_id")
  private Nomination nomination;

  @Column(name = "attempt_no", nullable = false)
  private int attemptNo;

  @Column(name = "department_group", nullable = false)
  private String departmentGroup;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Decision decision;

  @Column(name = "countersign_comment")
  private String comment;

  @Column(name = "signed_by", nullable = false)
  private String signedBy;

  @Column(name = "signed_at", nullable = false)
  private Instant signedAt;

  protected Countersign() {}

  public Countersign(Nomination nomination, int attemptNo, String departmentGroup, Decision decision, String comment,
      String signedBy, Instant signedAt) {
    this.nomination = nomination;
    this.attemptNo = attemptNo;
    this.departmentGroup = departmentGroup;
    this.decision = decision;
    this.comment = comment;
    this.signedBy = signedBy;
    this.signedAt = signedAt;
  }

  public Long getId() { return id; }
  public int getAttemptNo() { return attemptNo; }
  public String getDepartmentGroup() { return departmentGroup; }
  public Decision getDecision() { return decision; }
  public String getComment() { return comment; }
  public String getSignedBy() { return signedBy; }
  public Instant getSignedAt() { return signedAt; }
}
