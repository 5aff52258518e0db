package cn.suzhou.shuanglian.enterprise;

import cn.suzhou.shuanglian.district.Districts;
import cn.suzhou.shuanglian.industry.IndustryGroups;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.security.CurrentUsers;
import cn.suzhou.shuanglian.platform.web.ApiException;
import cn.suzhou.shuanglian.platform.web.ApiException.FieldProblem;
import cn.suzhou.shuanglian.platform.web.Messages;
import cn.suzhou.shuanglian.platform.web.PageQueryParameters;
import cn.suzhou.shuanglian.platform.web.PagedList;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/enterprises")
@Tag(name = "企业 Enterprises", description = "Enterprises of each district; a district sees and adds only its own (P-10)")
public class EnterpriseController {

  private final EnterpriseRepository enterprises;
  private final Districts districts;
  private final IndustryGroups industryGroups;
  private final CurrentUsers currentUsers;
  private final Messages messages;

  public EnterpriseController(EnterpriseRepository enterprises, Districts districts,
      IndustryGroups industryGroups, CurrentUsers currentUsers, Messages messages) {
    this.enterprises = enterprises;
    this.districts = districts;
    this.industryGroups = industryGroups;
    this.currentUsers = currentUsers;
    this.messages = messages;
  }

  @GetMapping
  @Transactional(readOnly = true)
  @Operation(summary = "List enterprises: all for the city bureau and process managers, otherwise the caller's "
      + "districts; paged, by id")
  @PageQueryParameters
  public ResponseEntity<List<EnterpriseView>> list(@Parameter(hidden = true) Pageable pageable) {
    CurrentUser reader = currentUsers.current();
    Page<Enterprise> visible = reader.readsAllDistricts()
        ? enterprises.findAllByOrderById(pageable)
        : reader.districtCodes().isEmpty() ? Page.empty(pageable)
        : enterprises.findByDistrictCodeInOrderById(reader.districtCodes(), pageable);
    return PagedList.of(visible, e -> EnterpriseView.of(e, reader));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  @Operation(summary = "Add an enterprise to a district (that district's officials or the city bureau)")
  public EnterpriseView create(@Valid @RequestBody EnterpriseRequest request) {
    CurrentUser caller = currentUsers.current();
    var district = districts.findById(request.districtCode());
    if (district.isPresent() && !caller.actsFor(request.districtCode())) {
      throw ApiException.forbidden("error.district.notYours", district.get().getName());
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (district.isEmpty()) {
      problems.add(new FieldProblem("districtCode", messages.get("error.district.unknown", request.districtCode())));
    }
    var industryGroup = industryGroups.findById(request.industryGroupCode());
    if (industryGroup.isEmpty()) {
      problems.add(new FieldProblem("industryGroupCode",
          messages.get("error.industryGroup.unknown", request.industryGroupCode())));
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    if (enterprises.existsByCreditCode(request.creditCode())) {
      // a place taken (409); two registrations at once: uk_enterprise_credit_code keeps one, the other is 409 too
      throw ApiException.taken(List.of(new FieldProblem("creditCode",
          messages.get("error.enterprise.duplicate", request.creditCode()))));
    }
    Enterprise saved = enterprises.save(new Enterprise(request.creditCode(), request.name(), district.get(),
        industryGroup.get(), request.scale(), null, request.contactName(), request.contactPhone()));
    return EnterpriseView.of(saved, caller);
  }
}
