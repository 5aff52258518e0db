package cn.suzhou.shuanglian.demand;

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
 * A screened service unit (服务单位, P-10): an enterprise the district will serve this round, with
 * the screening facts and the enterprise's own consent. The table refuses a row without consent
 * or failing the policy and lawfulness checks.
 */
@Entity
@Table(name = "service_unit")
public class ServiceUnit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "collection_id")
  private DemandCollection collection;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "enterprise_id")
  private Enterprise enterprise;

  @Column(name = "complies_with_policy", nullable = false)
  private boolean compliesWithPolicy;

  @Column(name = "lawful_operation", nullable = false)
  private boolean lawfulOperation;

  @Column(name = "scale_and_potential", nullable = false)
  private String scaleAndPotential;

  @Column(nullable = false)
  private boolean consent;

  @Column(name = "consent_by", nullable = false)
  private String consentBy;

  @Column(name = "screened_by", nullable = false)
  private String screenedBy;

  @Column(name = "screened_at", nullable = false)
  private Instant screenedAt;

  protected ServiceUnit() {}

  public ServiceUnit(DemandCollection collection, Enterprise enterprise, String scaleAndPotential, String consentBy,
      String screenedBy, Instant screenedAt) {
    this.collection = collection;
    this.enterprise = enterprise;
    this.compliesWithPolicy = true;
    this.lawfulOperation = true;
    this.consent = true;
    this.scaleAndPotential = scaleAndPotential;
    this.consentBy = consentBy;
    this.screenedBy = screenedBy;
    this.screenedAt = screenedAt;
  }

  /** Takes the screening facts of a revised list. */
  public void rescreen(String scaleAndPotential, String consentBy, String screenedBy, Instant screenedAt) {
    this.scaleAndPotential = scaleAndPotential;
    this.consentBy = consentBy;
    this.screenedBy = screenedBy;
    this.screenedAt = screenedAt;
  }

  public Long getId() { return id; }
  public DemandCollection getCollection() { return collection; }
  public Enterprise getEnterprise() { return enterprise; }
  public boolean isCompliesWithPolicy() { return compliesWithPolicy; }
  public boolean isLawfulOperation() { return lawfulOperation; }
  public String getScaleAndPotential() { return scaleAndPotential; }
  public boolean isConsent() { return consent; }
  public String getConsentBy() { return consentBy; }
  public String getScreenedBy() { return screenedBy; }
  public Instant getScreenedAt() { return screenedAt; }
}
