package cn.suzhou.shuanglian.matching;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.district.District;
import cn.suzhou.shuanglian.platform.validation.Characters;
import cn.suzhou.shuanglian.round.SelectionRound;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A commissioner's district in a round (分组匹配, P-11) with the reasons officials read, and later
 * the service units they serve. One district per commissioner per round, backed by a unique key.
 */
@Entity
@Table(name = "round_match")
public class RoundMatch {

  public enum Status { PROPOSED, FINAL, DECLINED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_id")
  private SelectionRound round;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "commissioner_id")
  private Commissioner commissioner;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "district_code")
  private District district;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "same_group", nullable = false)
  private boolean sameGroup;

  @Column(name = "distance_km", nullable = false)
  private int distanceKm;

  @Column(nullable = false)
  private String explanation;

  @Column(name = "changed_by_city", nullable = false)
  private boolean changedByCity;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "match_service_unit", joinColumns = @JoinColumn(name = "match_id"))
  @Column(name = "service_unit_id")
  private Set<Long> serviceUnitIds = new LinkedHashSet<>();

  @Version
  private int version;

  protected RoundMatch() {}

  public RoundMatch(SelectionRound round, Commissioner commissioner, District district, boolean sameGroup,
      int distanceKm, String explanation) {
    this.round = round;
    this.commissioner = commissioner;
    this.status = Status.PROPOSED;
    place(district, sameGroup, distanceKm, explanation);
  }

  public void place(District district, boolean sameGroup, int distanceKm, String explanation) {
    this.district = district;
    this.sameGroup = sameGroup;
    this.distanceKm = distanceKm;
    this.explanation = Characters.truncate(explanation, 500);
  }

  /** The city bureau moved the commissioner to another district. */
  public void movedByCity(District district, boolean sameGroup, int distanceKm, String explanation) {
    place(district, sameGroup, distanceKm, explanation);
    this.changedByCity = true;
  }

  public void finalise() {
    this.status = Status.FINAL;
  }

  /** The commissioner declined the agreement (P-12(3)): they leave the district's matching. */
  public void decline() {
    this.status = Status.DECLINED;
  }

  public void serve(Set<Long> serviceUnitIds) {
    this.serviceUnitIds.clear();
    this.serviceUnitIds.addAll(serviceUnitIds);
  }

  public Long getId() { return id; }
  public SelectionRound getRound() { return round; }
  public Commissioner getCommissioner() { return commissioner; }
  public District getDistrict() { return district; }
  public Status getStatus() { return status; }
  public boolean isSameGroup() { return sameGroup; }
  public int getDistanceKm() { return distanceKm; }
  public String getExplanation() { return explanation; }
  public boolean isChangedByCity() { return changedByCity; }
  public Set<Long> getServiceUnitIds() { return Set.copyOf(serviceUnitIds); }
}
