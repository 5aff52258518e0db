package cn.suzhou.shuanglian.commissioner;

import cn.suzhou.shuanglian.industry.IndustryGroups;
import cn.suzhou.shuanglian.platform.process.EngineAsSystem;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.security.CurrentUsers;
import cn.suzhou.shuanglian.platform.web.ApiException;
import cn.suzhou.shuanglian.platform.web.ApiException.FieldProblem;
import cn.suzhou.shuanglian.platform.web.Messages;
import cn.suzhou.shuanglian.sourceunit.SourceUnits;
import cn.suzhou.shuanglian.platform.web.PageQueryParameters;
import cn.suzhou.shuanglian.platform.web.PagedList;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/commissioners")
@Tag(name = "专员信息库 Commissioners", description = "The city's commissioner information database (P-04, P-13)")
public class CommissionerController {

  private final CommissionerRepository commissioners;
  private final SourceUnits sourceUnits;
  private final IndustryGroups industryGroups;
  private final CurrentUsers currentUsers;
  private final Messages messages;
  private final IdentityService identityService;
  private final EngineAsSystem engineAsSystem;

  public CommissionerController(CommissionerRepository commissioners, SourceUnits sourceUnits,
      IndustryGroups industryGroups, CurrentUsers currentUsers, Messages messages, IdentityService identityService,
      EngineAsSystem engineAsSystem) {
    this.identityService = identityService;
    this.engineAsSystem = engineAsSystem;
    this.commissioners = commissioners;
    this.sourceUnits = sourceUnits;
    this.industryGroups = industryGroups;
    this.currentUsers = currentUsers;
    this.messages = messages;
  }

  @GetMapping
  @Transactional(readOnly = true)
  @Operation(summary = "List the commissioner information database, optionally one level only (P-13); phone and ID "
      + "masked unless the reader may see them; paged, by id")
  @PageQueryParameters
  public ResponseEntity<List<CommissionerView>> list(@Parameter(description = LevelFilter.DESCRIPTION,
      schema = @Schema(allowableValues = {"PROVINCIAL", "MUNICIPAL"}))
      @RequestParam(name = LevelFilter.PARAMETER, required = false) String level,
      @Parameter(hidden = true) Pageable pageable) {
    CurrentUser reader = currentUsers.current();
    LevelFilter filter = LevelFilter.parse(level, messages);
    Page<Commissioner> page = filter.level() == null ? commissioners.findAllByOrderById(pageable)
        : commissioners.findByLevelOrderById(filter.level(), pageable);
    return PagedList.of(page, c -> CommissionerView.of(c, reader));
  }

  @GetMapping("/{id}")
  @Transactional(readOnly = true)
  @Operation(summary = "One commissioner")
  public CommissionerView get(@PathVariable Long id) {
    CurrentUser reader = currentUsers.current();
    return commissioners.findWithDetailsById(id).map(c -> CommissionerView.of(c, reader))
        .orElseThrow(() -> ApiException.notFound("error.commissioner.notFound", id));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  @Operation(summary = "Add a commissioner to the information database (city bureau only)")
  public CommissionerView create(@Valid @RequestBody CommissionerRequest request) {
    CurrentUser caller = currentUsers.current();
    if (!caller.isCity()) {
      throw ApiException.forbidden("error.commissioner.cityOnly");
    }
    List<FieldProblem> problems = new ArrayList<>();
    var sourceUnit = sourceUnits.findById(request.sourceUnitCode());
    if (sourceUnit.isEmpty()) {
      problems.add(new FieldProblem("sourceUnitCode", messages.get("error.sourceUnit.unknown", request.sourceUnitCode())));
    }
    var industryGroup = industryGroups.findById(request.industryGroupCode());
    if (industryGroup.isEmpty()) {
      problems.add(new FieldProblem("industryGroupCode",
          messages.get("error.industryGroup.unknown", request.industryGroupCode())));
    }
    if (request.userId() != null && !loginExists(request.userId())) {
      problems.add(new FieldProblem("userId", messages.get("error.commissioner.unknownUser", request.userId())));
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    // places taken (409); two registrations at once: uk_commissioner_resident_id / uk_commissioner_user keep one
    List<FieldProblem> taken = new ArrayList<>();
    if (commissioners.existsByResidentId(request.residentId())) {
      taken.add(new FieldProblem("residentId", messages.get("error.commissioner.duplicateResidentId")));
    }
    if (request.userId() != null && commissioners.findByUserId(request.userId()).isPresent()) {
      taken.add(new FieldProblem("userId", messages.get("error.commissioner.duplicateUser", request.userId())));
    }
    if (!taken.isEmpty()) {
      throw ApiException.taken(taken);
    }
    Commissioner saved = commissioners.save(new Commissioner(request.userId(), request.name(), sourceUnit.get(),
        request.level(), industryGroup.get(), request.expertise(), request.title(), request.phone(),
        request.residentId()));
    return CommissionerView.of(saved, caller);
  }

  /** The login exists (asked without the caller's authorizations: the city bureau need not read users). */
  private boolean loginExists(String userId) {
    return engineAsSystem.call(() -> identityService.createUserQuery().userId(userId).count()) > 0;
  }
}
