package cn.suzhou.shuanglian.demand;

import static cn.suzhou.shuanglian.demand.DemandCollectionContract.DEMANDS;
import static cn.suzhou.shuanglian.demand.DemandCollectionContract.SERVICE_UNITS;

import cn.suzhou.shuanglian.demand.DemandListRules.CheckedDemand;
import cn.suzhou.shuanglian.demand.DemandListRules.CheckedServiceUnit;
import cn.suzhou.shuanglian.demand.DemandReview.Decision;
import cn.suzhou.shuanglian.district.District;
import cn.suzhou.shuanglian.district.Districts;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.enterprise.Enterprises;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.validation.ChineseIdentifiers;
import cn.suzhou.shuanglian.platform.web.Messages;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A district's demand collection (P-10, P-12(1)): writes its service-unit and demand lists after
 * {@link DemandListRules} passed them — all rows or none — moves it through submission and review,
 * and tells the process what its forms show ({@link Lists}, {@link ReviewTables}). Every change of a
 * list takes an optimistic lock on the collection, so a list changed at the same moment by the form
 * and by the API, or changed while it is being submitted, fails one of the two instead of mixing them.
 *
 * <p>A case's collection is the row linked to its process instance ({@link #ofCase}), never one named
 * by a variable. Bean name {@code demandCollections}: the process asks
 * {@code caseIsWithDistrict(processInstanceId)} and {@code districtGroupOf(processInstanceId)}.
 */
@Service("demandCollections")
@Transactional
public class DemandCollectionService {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final DemandCollectionRepository collections;
  private final ServiceUnitRepository serviceUnits;
  private final TechnologyDemandRepository demands;
  private final DemandReviewRepository reviews;
  private final Enterprises enterprises;
  private final Districts districts;
  private final DemandListRules rules;
  private final Messages messages;
  private final DemandCollectionTimes properties;
  private final EntityManager entityManager;

  public DemandCollectionService(DemandCollectionRepository collections, ServiceUnitRepository serviceUnits,
      TechnologyDemandRepository demands, DemandReviewRepository reviews, Enterprises enterprises,
      Districts districts, DemandListRules rules, Messages messages, DemandCollectionTimes properties,
      EntityManager entityManager) {
    this.collections = collections;
    this.serviceUnits = serviceUnits;
    this.demands = demands;
    this.reviews = reviews;
    this.enterprises = enterprises;
    this.districts = districts;
    this.rules = rules;
    this.messages = messages;
    this.properties = properties;
    this.entityManager = entityManager;
  }

  /**
   * Opens the collection of the case that the round started for one of its districts, created on
   * first call (a retried start finds it). The district is the one the case's business key
   * ({@code <year>-<district code>}, set by the round) names, and must be one the round covers.
   */
  public DemandCollection open(CallingRounds.CallingRound round, String businessKey, String processInstanceId) {
    String prefix = round.year() + "-";
    String districtCode = businessKey != null && businessKey.startsWith(prefix) ? businessKey.substring(prefix.length())
        : null;
    if (districtCode == null || !round.districtCodes().contains(districtCode)) {
      throw new IllegalStateException("case " + processInstanceId + " (" + businessKey + ") is no district of round "
          + round.year());
    }
    DemandCollection collection = collections.findByRoundIdAndDistrictCode(round.id(), districtCode)
        .orElseGet(() -> collections.save(new DemandCollection(round.id(), districts.getReferenceById(districtCode),
            processInstanceId)));
    if (!processInstanceId.equals(collection.getProcessInstanceId())) {
      throw new IllegalStateException("the collection of " + businessKey + " belongs to case "
          + collection.getProcessInstanceId());
    }
    return collection;
  }

  /** The collection of this {@code districtDemandCollection} case. */
  public DemandCollection ofCase(String processInstanceId) {
    return collections.findWithRoundByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("no demand collection of case " + processInstanceId));
  }

  /** Is the case's list with the district (not submitted, or returned)? Asked by the reminder and overdue timers. */
  @Transactional(readOnly = true)
  public boolean caseIsWithDistrict(String processInstanceId) {
    return collections.findWithRoundByProcessInstanceId(processInstanceId).map(c -> c.getStatus().withDistrict())
        .orElse(false);
  }

  /** The candidate group of the case's district tasks: the district of the case's collection. */
  @Transactional(readOnly = true)
  public String districtGroupOf(String processInstanceId) {
    return ofCase(processInstanceId).getDistrict().groupId();
  }

  /** Replaces the service-unit list by the rows; dropping a service unit drops its demands. */
  public void replaceServiceUnits(DemandCollection collection, List<ServiceUnitRow> rows, String userId) {
    lockForChange(collection);
    List<CheckedServiceUnit> checked = rules.checkServiceUnits(collection.getDistrict(), rows, Set.of());
    Map<Long, ServiceUnit> existing = serviceUnits.findByCollectionIdOrderById(collection.getId()).stream()
        .collect(Collectors.toMap(u -> u.getEnterprise().getId(), Function.identity()));
    for (CheckedServiceUnit row : checked) {
      Enterprise enterprise = enterpriseOf(collection.getDistrict(), row);
      ServiceUnit unit = existing.remove(enterprise.getId());
      if (unit == null) {
        serviceUnits.save(newServiceUnit(collection, enterprise, row, userId));
      } else {
        unit.rescreen(DemandListRules.trim(row.row().scaleAndPotential()), DemandListRules.trim(row.row().consentBy()),
            userId, now());
      }
    }
    if (!existing.isEmpty()) {
      demands.deleteByServiceUnitIn(existing.values());
      serviceUnits.deleteAll(existing.values());
    }
  }

  /** Adds service units to the list (domain API); a credit code already listed is refused. */
  public List<ServiceUnit> addServiceUnits(DemandCollection collection, List<ServiceUnitRow> rows, String userId) {
    lockForChange(collection);
    Set<String> listed = serviceUnits.findByCollectionIdOrderById(collection.getId()).stream()
        .map(u -> u.getEnterprise().getCreditCode()).collect(Collectors.toSet());
    List<ServiceUnit> added = new ArrayList<>();
    for (CheckedServiceUnit row : rules.checkServiceUnits(collection.getDistrict(), rows, listed)) {
      added.add(serviceUnits.save(newServiceUnit(collection, enterpriseOf(collection.getDistrict(), row), row, userId)));
    }
    return added;
  }

  /** Replaces the demand list by the rows, keyed by title. */
  public void replaceDemands(DemandCollection collection, List<DemandRow> rows, String userId) {
    lockForChange(collection);
    Map<String, ServiceUnit> units = serviceUnitsByCreditCode(collection);
    List<CheckedDemand> checked = rules.checkDemands(rows, units.keySet(), Set.of());
    Map<String, TechnologyDemand> existing = demands.findByCollectionIdOrderById(collection.getId()).stream()
        .collect(Collectors.toMap(TechnologyDemand::getTitle, Function.identity()));
    for (CheckedDemand row : checked) {
      String title = DemandListRules.trim(row.row().title());
      TechnologyDemand demand = existing.remove(title);
      if (demand == null) {
        demand = new TechnologyDemand(collection, title, userId, now());
      }
      describe(demand, row, units);
      demands.save(demand);
    }
    demands.deleteAll(existing.values());
  }

  /** Adds demands to the list (domain API); a title already on the list is refused. */
  public List<TechnologyDemand> addDemands(DemandCollection collection, List<DemandRow> rows, String userId) {
    lockForChange(collection);
    Map<String, ServiceUnit> units = serviceUnitsByCreditCode(collection);
    Set<String> titles = demands.findByCollectionIdOrderById(collection.getId()).stream()
        .map(TechnologyDemand::getTitle).collect(Collectors.toSet());
    List<TechnologyDemand> added = new ArrayList<>();
    for (CheckedDemand row : rules.checkDemands(rows, units.keySet(), titles)) {
      TechnologyDemand demand = new TechnologyDemand(collection, DemandListRules.trim(row.row().title()), userId, now());
      describe(demand, row, units);
      added.add(demands.save(demand));
    }
    return added;
  }

  /** Submits the list to the city bureau: it needs at least one service unit and one demand. */
  public void submit(DemandCollection collection, String userId) {
    lockForChange(collection);
    List<Problem> problems = new ArrayList<>();
    if (serviceUnits.findByCollectionIdOrderById(collection.getId()).isEmpty()) {
      problems.add(new Problem(SERVICE_UNITS.name(), messages.get("demand.serviceUnits.empty")));
    }
    List<TechnologyDemand> list = demands.findByCollectionIdOrderById(collection.getId());
    if (list.isEmpty()) {
      problems.add(new Problem(DEMANDS.name(), messages.get("demand.demands.empty")));
    }
    if (!problems.isEmpty()) {
      throw new ProcessRuleViolation(problems);
    }
    collection.submitted(userId, now());
    list.forEach(d -> d.moveTo(DemandStatus.SUBMITTED));
  }

  /** Records the city bureau's review (审定): approval, or a return with comments the district will read. */
  public DemandReview decide(DemandCollection collection, Decision decision, String comment, String userId) {
    lockForChange(collection);
    Instant at = now();
    DemandReview review = reviews.save(new DemandReview(collection, reviews.countByCollectionId(collection.getId()) + 1,
        decision, comment, userId, at));
    DemandStatus next = decision == Decision.APPROVE ? DemandStatus.APPROVED : DemandStatus.RETURNED;
    if (decision == Decision.APPROVE) {
      collection.approved(userId, at);
    } else {
      collection.returned();
    }
    demands.findByCollectionIdOrderById(collection.getId()).forEach(d -> d.moveTo(next));
    return review;
  }

  /** What the district's forms show of a collection; the contact phones are masked (P-14). */
  public record Lists(List<ServiceUnitRow> serviceUnits, List<DemandRow> demands, String serviceUnitSummary,
      int serviceUnitCount, int demandCount, String reviewHistory) {}

  /** The tables the city bureau reviews: service units and demands with their names, not codes. */
  public record ReviewTables(List<ReviewedServiceUnit> serviceUnits, List<ReviewedDemand> demands) {}

  public record ReviewedServiceUnit(String name, String creditCode, String industryGroupName, String scaleName,
      String consentBy) {}

  public record ReviewedDemand(String enterpriseName, String title, String industryGroupName,
      String industryCategoryName, String demandTypeName, String description, String cooperationSought) {}

  /**
   * What the district's forms show: both lists (as the dynamic lists edit them, the phones masked), a
   * summary of the service units, the counts and the review history.
   */
  @Transactional(readOnly = true)
  public Lists lists(DemandCollection collection) {
    List<ServiceUnit> units = serviceUnits.findByCollectionIdOrderById(collection.getId());
    List<TechnologyDemand> list = demands.findByCollectionIdOrderById(collection.getId());
    String summary = units.isEmpty() ? messages.get("demand.serviceUnits.none")
        : units.stream().map(u -> "- " + u.getEnterprise().getName() + "（" + u.getEnterprise().getCreditCode() + "）")
            .collect(Collectors.joining("\n"));
    return new Lists(units.stream().map(DemandCollectionService::maskedRowOf).toList(),
        list.stream().map(DemandCollectionService::rowOf).toList(), summary, units.size(), list.size(),
        reviewHistory(collection));
  }

  /**
   * Before anything is screened: the district's registered enterprises as candidate rows (phones
   * masked), with the screening facts and consent left for the district to establish.
   */
  @Transactional(readOnly = true)
  public List<ServiceUnitRow> candidateRows(District district) {
    return enterprises.findByDistrictCodeInOrderById(List.of(district.getCode())).stream()
        .map(e -> new ServiceUnitRow(e.getCreditCode(), e.getName(), e.getIndustryGroup().getCode(),
            e.getScale().name(), e.getContactName(), ChineseIdentifiers.maskPhone(e.getContactPhone()), false, false,
            null, false, null))
        .toList();
  }

  /** The tables the city bureau reviews: service units and demands with their names, not codes. */
  @Transactional(readOnly = true)
  public ReviewTables reviewTables(DemandCollection collection) {
    List<ReviewedServiceUnit> units = serviceUnits.findByCollectionIdOrderById(collection.getId()).stream()
        .map(u -> new ReviewedServiceUnit(u.getEnterprise().getName(), u.getEnterprise().getCreditCode(),
            u.getEnterprise().getIndustryGroup().getName(), u.getEnterprise().getScale().label(), u.getConsentBy()))
        .toList();
    List<ReviewedDemand> list = demands.findByCollectionIdOrderById(collection.getId()).stream()
        .map(d -> new ReviewedDemand(d.getServiceUnit().getEnterprise().getName(), d.getTitle(),
            d.getIndustryGroup().getName(), d.getIndustryCategory().label(), d.getDemandType().label(),
            d.getDescription(), d.getCooperationSought()))
        .toList();
    return new ReviewTables(units, list);
  }

  /** Every review so far, oldest first, as the forms show it; null before the first. */
  @Transactional(readOnly = true)
  public String reviewHistory(DemandCollection collection) {
    List<DemandReview> all = reviews.findByCollectionIdOrderByReviewNo(collection.getId());
    if (all.isEmpty()) {
      return null;
    }
    return all.stream().map(r -> messages.get(r.getDecision() == Decision.APPROVE
            ? "demand.review.history.approved" : "demand.review.history.returned",
        r.getReviewNo(), MINUTES.format(r.getReviewedAt().atZone(properties.timeZone())), r.getReviewedBy(),
        r.getComment() == null ? "" : r.getComment()))
        .collect(Collectors.joining("\n\n"));
  }

  private void lockForChange(DemandCollection collection) {
    entityManager.lock(collection, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
  }

  private Enterprise enterpriseOf(District district, CheckedServiceUnit row) {
    ServiceUnitRow r = row.row();
    String name = DemandListRules.trim(r.name());
    String contactName = DemandListRules.trim(r.contactName());
    String phone = row.contactPhone();
    if (row.registered().isPresent()) {
      Enterprise enterprise = row.registered().get();
      enterprise.update(name, row.industryGroup(), row.scale(), contactName, phone);
      return enterprise;
    }
    return enterprises.save(new Enterprise(row.creditCode(), name, district, row.industryGroup(), row.scale(), null,
        contactName, phone));
  }

  private ServiceUnit newServiceUnit(DemandCollection collection, Enterprise enterprise, CheckedServiceUnit row,
      String userId) {
    return new ServiceUnit(collection, enterprise, DemandListRules.trim(row.row().scaleAndPotential()),
        DemandListRules.trim(row.row().consentBy()), userId, now());
  }

  private Map<String, ServiceUnit> serviceUnitsByCreditCode(DemandCollection collection) {
    return serviceUnits.findByCollectionIdOrderById(collection.getId()).stream()
        .collect(Collectors.toMap(u -> u.getEnterprise().getCreditCode(), Function.identity()));
  }

  private static void describe(TechnologyDemand demand, CheckedDemand row, Map<String, ServiceUnit> units) {
    demand.describe(units.get(row.creditCode()), row.industryGroup(), row.category(), row.type(),
        DemandListRules.trim(row.row().description()), DemandListRules.trim(row.row().cooperationSought()));
  }

  /** A service unit as the form's list shows it: the contact's phone masked (the engine keeps no phone). */
  static ServiceUnitRow maskedRowOf(ServiceUnit u) {
    Enterprise e = u.getEnterprise();
    return new ServiceUnitRow(e.getCreditCode(), e.getName(), e.getIndustryGroup().getCode(), e.getScale().name(),
        e.getContactName(), ChineseIdentifiers.maskPhone(e.getContactPhone()), u.isCompliesWithPolicy(),
        u.isLawfulOperation(), u.getScaleAndPotential(), u.isConsent(), u.getConsentBy());
  }

  static DemandRow rowOf(TechnologyDemand d) {
    return new DemandRow(d.getServiceUnit().getEnterprise().getCreditCode(), d.getTitle(), d.getIndustryGroup().getCode(),
        d.getIndustryCategory().name(), d.getDemandType().name(), d.getDescription(), d.getCooperationSought());
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
