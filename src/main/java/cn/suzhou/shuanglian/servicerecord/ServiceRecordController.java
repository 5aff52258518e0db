package cn.suzhou.shuanglian.servicerecord;

import static cn.suzhou.shuanglian.servicerecord.ServiceRecordContract.*;

import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.Dispatches;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.security.CurrentUsers;
import cn.suzhou.shuanglian.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/dispatches/{dispatchId}/service-records")
@Tag(name = "服务记录 Service records",
    description = "Services a commissioner gives the enterprises of a dispatch; the enterprise confirms; only confirmed days count (P-06, P-09, P-14, P-15)")
public class ServiceRecordController {

  private final RuntimeService runtimeService;
  private final Dispatches dispatches;
  private final ServiceRecordService serviceRecords;
  private final CurrentUsers currentUsers;

  public ServiceRecordController(RuntimeService runtimeService, Dispatches dispatches,
      ServiceRecordService serviceRecords, CurrentUsers currentUsers) {
    this.runtimeService = runtimeService;
    this.dispatches = dispatches;
    this.serviceRecords = serviceRecords;
    this.currentUsers = currentUsers;
  }

  @GetMapping
  @Operation(summary = "A dispatch's service records, oldest service first",
      description = "Readable by the city bureau and process managers, the district of the dispatch, the commissioner's "
          + "source unit and the commissioner (all records), and an enterprise contact (only their enterprise's records, P-14).")
  @ApiResponse(responseCode = "200", description = "the records the caller may read")
  @ApiResponse(responseCode = "403", description = "the caller has no part in this dispatch")
  @ApiResponse(responseCode = "404", description = "no such dispatch")
  public List<ServiceRecordView> list(@PathVariable Long dispatchId) {
    return serviceRecords.readableRecords(dispatchId, currentUsers.current());
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Log a service (starts serviceRecord as the caller)",
      description = "The commissioner of the dispatch logs a service they gave, or the city bureau files it on their "
          + "behalf. The process rule checks every field (type, dates within the term and one service year, not in the "
          + "future, days within the period, an enterprise the dispatch serves, summary of 10–2000 characters); a refusal "
          + "is 400 naming every field, and nothing is written. The enterprise's contact (or the district, for an "
          + "enterprise without a login) then confirms or disputes the record.")
  @ApiResponse(responseCode = "201", description = "the record, PENDING until the enterprise answers")
  @ApiResponse(responseCode = "400", description = "invalid record; errors[] names each field and rule")
  @ApiResponse(responseCode = "403", description = "the caller is neither the dispatch's commissioner nor the city bureau")
  @ApiResponse(responseCode = "404", description = "no such dispatch")
  public ServiceRecordView log(@PathVariable Long dispatchId, @RequestBody ServiceRecordRequest request) {
    CurrentUser user = currentUsers.current();
    Dispatch dispatch = dispatches.findWithDetailsById(dispatchId)
        .orElseThrow(() -> ApiException.notFound("serviceRecord.api.dispatchUnknown", dispatchId));
    if (!user.isCity() && !user.userId().equals(dispatch.getCommissioner().getUserId())) {
      throw ApiException.forbidden("serviceRecord.api.notYourDispatch");
    }
    VariableMap variables = DISPATCH_ID.map(dispatchId);
    SERVICE_TYPE.in(variables, request.serviceType());
    // dates as the caller wrote them: the process rule names a date that is none (as for /engine-rest)
    variables.putValue(START_DATE.name(), request.startDate());
    variables.putValue(END_DATE.name(), request.endDate());
    DAYS.in(variables, request.days() == null ? null : request.days().longValue());
    CREDIT_CODE.in(variables, request.creditCode());
    SUMMARY.in(variables, request.summary());
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables);
    return serviceRecords.viewOfCase(instance.getId());
  }

  public record ServiceRecordRequest(
      @Schema(description = "one of the six kinds of service (P-06, P-09)", example = "CONSULTING") String serviceType,
      @Schema(description = "first day of service, ISO date", example = "2025-03-02") String startDate,
      @Schema(description = "last day of service, ISO date", example = "2025-03-04") String endDate,
      @Schema(description = "days of service, at most the days of the period", example = "3") Integer days,
      @Schema(description = "unified social credit code of the enterprise served", example = "91341302MA2T000154")
      String creditCode,
      @Schema(description = "what was done, 10–2000 characters", example = "现场诊断窑炉能耗问题，提出余热回收改造方案并联系高校团队对接。")
      String summary) {}
}
