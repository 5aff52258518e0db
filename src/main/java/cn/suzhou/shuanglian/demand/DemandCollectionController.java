package cn.suzhou.shuanglian.demand;

import cn.suzhou.shuanglian.demand.CollectionView.ReviewView;
import cn.suzhou.shuanglian.district.District;
import cn.suzhou.shuanglian.district.Districts;
import cn.suzhou.shuanglian.platform.process.EngineAsSystem;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.security.CurrentUsers;
import cn.suzhou.shuanglian.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A district's service units and technology demands of a round (P-10, P-12(1)) for integrators: a
 * district's officials read and add only their own district's; the city bureau reads and adds all;
 * process managers read all. Adding is possible while the list is with the district (not submitted,
 * or returned) and nobody else holds the district's task in Tasklist; the rows are checked by the
 * same rules as the Tasklist form, all or none, and the district's open task shows them at once.
 */
@RestController
@RequestMapping("/api/rounds/{year}")
@Tag(name = "需求征集 Demand collection", description = "Service units (P-10) and technology demands (P-12(1)) per district and round")
public class DemandCollectionController {

  private final CallingRounds rounds;
  private final Districts districts;
  private final DemandCollectionRepository collections;
  private final ServiceUnitRepository serviceUnits;
  private final TechnologyDemandRepository demands;
  private final DemandReviewRepository reviews;
  private final DemandCollectionService service;
  private final DemandCollectionMirror mirror;
  private final CurrentUsers currentUsers;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final EngineAsSystem engineAsSystem;

  public DemandCollectionController(CallingRounds rounds, Districts districts,
      DemandCollectionRepository collections, ServiceUnitRepository serviceUnits, TechnologyDemandRepository demands,
      DemandReviewRepository reviews, DemandCollectionService service, DemandCollectionMirror mirror,
      CurrentUsers currentUsers,
      RuntimeService runtimeService, TaskService taskService, EngineAsSystem engineAsSystem) {
    this.rounds = rounds;
    this.districts = districts;
    this.collections = collections;
    this.serviceUnits = serviceUnits;
    this.demands = demands;
    this.reviews = reviews;
    this.service = service;
    this.mirror = mirror;
    this.currentUsers = currentUsers;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.engineAsSystem = engineAsSystem;
  }

  @GetMapping("/districts/{districtCode}")
  @Transactional(readOnly = true)
  @Operation(summary = "A district's collection: status, counts and every review (审定) with its comments")
  public CollectionView collection(@PathVariable int year, @PathVariable String districtCode) {
    DemandCollection c = find(year, districtCode, false);
    return new CollectionView(c.getId(), year, districtCode, c.getDistrict().getName(), c.getStatus(),
        c.getProcessInstanceId(), serviceUnits.findByCollectionIdOrderById(c.getId()).size(),
        demands.findByCollectionIdOrderById(c.getId()).size(), c.getSubmittedBy(), c.getSubmittedAt(),
        c.getApprovedBy(), c.getApprovedAt(),
        reviews.findByCollectionIdOrderByReviewNo(c.getId()).stream().map(r -> new ReviewView(r.getReviewNo(),
            r.getDecision(), r.getComment(), r.getReviewedBy(), r.getReviewedAt())).toList());
  }

  @GetMapping("/districts/{districtCode}/service-units")
  @Transactional(readOnly = true)
  @Operation(summary = "A district's screened service units (P-10)")
  public List<ServiceUnitView> serviceUnits(@PathVariable int year, @PathVariable String districtCode) {
    DemandCollection c = find(year, districtCode, false);
    CurrentUser reader = currentUsers.current();
    return serviceUnits.findByCollectionIdOrderById(c.getId()).stream()
        .map(u -> ServiceUnitView.of(u, c, year, reader)).toList();
  }

  @PostMapping("/districts/{districtCode}/service-units")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  @Operation(summary = "Add screened service units (all or none; every row needs the enterprise's consent, P-10)")
  public List<ServiceUnitView> addServiceUnits(@PathVariable int year, @PathVariable String districtCode,
      @RequestBody List<ServiceUnitRow> rows) {
    DemandCollection c = findForChange(year, districtCode);
    CurrentUser caller = currentUsers.current();
    List<ServiceUnit> added = service.addServiceUnits(c, rows, caller.userId());
    publish(c);
    return added.stream().map(u -> ServiceUnitView.of(u, c, year, caller)).toList();
  }

  @GetMapping("/districts/{districtCode}/demands")
  @Transactional(readOnly = true)
  @Operation(summary = "A district's technology demands (P-12(1))")
  public List<DemandView> demands(@PathVariable int year, @PathVariable String districtCode) {
    DemandCollection c = find(year, districtCode, false);
    return demands.findByCollectionIdOrderById(c.getId()).stream().map(d -> DemandView.of(d, c, year)).toList();
  }

  @PostMapping("/districts/{districtCode}/demands")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  @Operation(summary = "Add technology demands of screened service units (all or none)")
  public List<DemandView> addDemands(@PathVariable int year, @PathVariable String districtCode,
      @RequestBody List<DemandRow> rows) {
    DemandCollection c = findForChange(year, districtCode);
    List<TechnologyDemand> added = service.addDemands(c, rows, currentUsers.current().userId());
    publish(c);
    return added.stream().map(d -> DemandView.of(d, c, year)).toList();
  }

  @GetMapping("/demands")
  @Transactional(readOnly = true)
  @Operation(summary = "The round's technology demands the caller may read: all for the city bureau and process "
      + "managers, otherwise the caller's districts")
  public List<DemandView> roundDemands(@PathVariable int year) {
    Long roundId = roundId(year);
    CurrentUser reader = currentUsers.current();
    return demands.findByCollectionRoundIdOrderById(roundId).stream()
        .filter(d -> reader.readsAllDistricts() || reader.districtCodes().contains(
            d.getCollection().getDistrict().getCode()))
        .map(d -> DemandView.of(d, d.getCollection(), year)).toList();
  }

  /** The id of the year's live round. */
  private Long roundId(int year) {
    return rounds.activeRoundId(year).orElseThrow(() -> ApiException.notFound("round.notFound", String.valueOf(year)));
  }

  private DemandCollection find(int year, String districtCode, boolean forChange) {
    Long roundId = roundId(year);
    District district = districts.findById(districtCode)
        .orElseThrow(() -> ApiException.notFound("error.district.unknown", districtCode));
    CurrentUser caller = currentUsers.current();
    boolean allowed = caller.actsFor(districtCode) || (!forChange && caller.readsAllDistricts());
    if (!allowed) {
      throw ApiException.forbidden(forChange ? "error.district.notYours" : "error.district.notYoursToRead",
          district.getName());
    }
    return collections.findByRoundIdAndDistrictCode(roundId, districtCode)
        .orElseThrow(() -> ApiException.notFound("demand.collection.notFound", String.valueOf(year), district.getName()));
  }

  private DemandCollection findForChange(int year, String districtCode) {
    DemandCollection c = find(year, districtCode, true);
    if (!c.getStatus().withDistrict()) {
      throw ApiException.conflict("demand.collection.notWithDistrict", c.getDistrict().getName());
    }
    // one channel at a time: while someone else holds the district's task in Tasklist, the form
    // they have open would overwrite rows added here when they submit it
    String caller = currentUsers.current().userId();
    engineAsSystem.call(() -> taskService.createTaskQuery().processInstanceId(c.getProcessInstanceId())
            .taskDefinitionKeyIn(DemandCollectionContract.LIST_TASKS).taskAssigned().list())
        .stream().map(Task::getAssignee).filter(assignee -> !assignee.equals(caller)).findFirst()
        .ifPresent(assignee -> {
          throw ApiException.conflict("demand.collection.taskClaimed", assignee);
        });
    return c;
  }

  /** The district's open task shows the lists as they now are (phones masked). */
  private void publish(DemandCollection c) {
    var variables = mirror.variables(service.lists(c));
    engineAsSystem.run(() -> runtimeService.setVariables(c.getProcessInstanceId(), variables));
  }
}
