package cn.suzhou.shuanglian.servicerecord;

import cn.suzhou.shuanglian.platform.security.CurrentUsers;
import cn.suzhou.shuanglian.platform.web.PageQueryParameters;
import cn.suzhou.shuanglian.platform.web.PagedList;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every service record the caller may read, across dispatches (P-14), paged: what the city and a
 * district export and review over all their dispatches at once, where
 * {@code GET /api/dispatches/{id}/service-records} answers one dispatch.
 */
@RestController
@Tag(name = "服务记录 Service records")
public class ServiceRecordListController {

  private final ServiceRecordRepository records;
  private final CurrentUsers currentUsers;

  public ServiceRecordListController(ServiceRecordRepository records, CurrentUsers currentUsers) {
    this.records = records;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/api/service-records")
  @Transactional(readOnly = true)
  @Operation(summary = "The service records the caller reads (P-14), paged, by id",
      description = "All records of the dispatches the caller manages — every one for the city bureau and process "
          + "managers, a district's dispatches for its officials, a source unit's staff's, a commissioner's own — and an "
          + "enterprise contact's own enterprise's records; anyone else reads an empty list.")
  @PageQueryParameters
  public ResponseEntity<List<ServiceRecordView>> list(@Parameter(hidden = true) Pageable pageable) {
    Page<ServiceRecord> page = records.findAll(ServiceRecordAccess.readableBy(currentUsers.current()),
        PagedList.sorted(pageable, Sort.by("id")));
    // the page's dispatches and enterprises in one more query; the page's entities are the same objects
    Map<Long, ServiceRecord> shown = records.findWithDispatchByIdIn(page.map(ServiceRecord::getId).getContent())
        .stream().collect(Collectors.toMap(ServiceRecord::getId, Function.identity()));
    return PagedList.of(page, r -> ServiceRecordView.of(shown.get(r.getId())));
  }
}
