package cn.suzhou.shuanglian.dispatch;

import cn.suzhou.shuanglian.agreement.Agreement;
import cn.suzhou.shuanglian.agreement.Agreements;
import cn.suzhou.shuanglian.commissioner.LevelFilter;
import cn.suzhou.shuanglian.dispatch.DispatchView.Detail;
import cn.suzhou.shuanglian.dispatch.DispatchView.EnterpriseRef;
import cn.suzhou.shuanglian.dispatch.DispatchView.EvaluationLine;
import cn.suzhou.shuanglian.dispatch.DispatchView.OpinionLine;
import cn.suzhou.shuanglian.dispatch.DispatchView.PostLine;
import cn.suzhou.shuanglian.dispatch.DispatchView.PostRequest;
import cn.suzhou.shuanglian.dispatch.DispatchView.SubsidyLine;
import cn.suzhou.shuanglian.dispatch.DispatchView.SubsidyRequest;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.enterprise.Enterprises;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.security.CurrentUsers;
import cn.suzhou.shuanglian.platform.validation.Characters;
import cn.suzhou.shuanglian.platform.web.ApiException;
import cn.suzhou.shuanglian.platform.web.ApiException.FieldProblem;
import cn.suzhou.shuanglian.platform.web.Messages;
import cn.suzhou.shuanglian.round.SelectionRound;
import cn.suzhou.shuanglian.round.SelectionRounds;
import cn.suzhou.shuanglian.platform.web.PageQueryParameters;
import cn.suzhou.shuanglian.platform.web.PagedList;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agreements and dispatches for integrators (P-05, P-12(3), P-14, P-15, P-16, P-18): the parties that
 * manage a dispatch read it — the city bureau and process managers all, a district its own, a
 * source unit only its own staff's, the commissioner their own, an enterprise contact the dispatches
 * serving it — with its evaluations, concurrent posts, subsidies and renewal answers. The district
 * records subsidies (P-05); the district or the commissioner records concurrent posts (P-16).
 */
@RestController
@Tag(name = "派驻服务 Dispatches", description = "Agreements, dispatches, yearly results, concurrent posts and subsidies")
public class DispatchController {

  private final DispatchRepository dispatches;
  private final Agreements agreements;
  private final SelectionRounds rounds;
  private final Enterprises enterprises;
  private final ConcurrentPostRepository posts;
  private final SubsidyRepository subsidies;
  private final RenewalOpinionRepository opinions;
  private final EvaluationOutcomes evaluations;
  private final CurrentUsers currentUsers;
  private final Messages messages;

  public DispatchController(DispatchRepository dispatches, Agreements agreements,
      SelectionRounds rounds, Enterprises enterprises, ConcurrentPostRepository posts,
      SubsidyRepository subsidies, RenewalOpinionRepository opinions, EvaluationOutcomes evaluations,
      CurrentUsers currentUsers, Messages messages) {
    this.dispatches = dispatches;
    this.agreements = agreements;
    this.rounds = rounds;
    this.enterprises = enterprises;
    this.posts = posts;
    this.subsidies = subsidies;
    this.opinions = opinions;
    this.evaluations = evaluations;
    this.currentUsers = currentUsers;
    this.messages = messages;
  }

  /** P-14: may the caller read the dispatch? */
  boolean reads(CurrentUser u, Dispatch d, Set<Long> ownEnterprises) {
    return DispatchAccess.managedBy(u, d) || d.getEnterpriseIds().stream().anyMatch(ownEnterprises::contains);
  }

  private Set<Long> ownEnterprises(CurrentUser u) {
    return enterprises.findByContactUserId(u.userId()).stream().map(Enterprise::getId).collect(Collectors.toSet());
  }

  @GetMapping("/api/dispatches")
  @Transactional(readOnly = true)
  @Operation(summary = "The dispatches the caller manages or is part of (P-14), optionally of one commissioner level "
      + "(P-13); paged, by id")
  @PageQueryParameters
  public ResponseEntity<List<DispatchView>> list(@Parameter(description = LevelFilter.DESCRIPTION,
      schema = @Schema(allowableValues = {"PROVINCIAL", "MUNICIPAL"}))
      @RequestParam(name = LevelFilter.PARAMETER, required = false) String level,
      @Parameter(hidden = true) Pageable pageable) {
    CurrentUser u = currentUsers.current();
    LevelFilter filter = LevelFilter.parse(level, messages);
    // the access rule is a condition of the query: the page and X-Total-Count hold only readable dispatches
    Page<Dispatch> readable = dispatches.findAll(DispatchAccess.readableBy(u, filter.level()),
        PagedList.sorted(pageable, Sort.by("id")));
    Map<Long, Enterprise> served = enterprisesOf(readable.getContent());
    return PagedList.of(readable, d -> view(d, served));
  }

  @GetMapping("/api/dispatches/{id}")
  @Transactional(readOnly = true)
  @Operation(summary = "One dispatch with its yearly results, concurrent posts, subsidies and renewal answers")
  public Detail get(@PathVariable Long id) {
    Dispatch d = readable(id);
    List<EvaluationLine> results = evaluations.of(id).stream().map(e -> new EvaluationLine(e.evaluationId(),
        e.serviceYear(), e.status(), e.confirmedDays(), e.weightedScore(), e.grade(), e.gradeLabel(),
        e.exceptionJustified(), e.acknowledged())).toList();
    return new Detail(view(d, enterprisesOf(List.of(d))), results,
        posts.findByDispatchIdOrderById(id).stream().map(p -> new PostLine(p.getId(), p.getOrganisation(),
            p.getPostType(), p.getPostTitle(), p.getStartDate(), p.getEndDate())).toList(),
        subsidies.findByDispatchIdOrderByPaidOnAscIdAsc(id).stream().map(s -> new SubsidyLine(s.getId(), s.getAmount(),
            s.getPaidOn(), s.getPurpose())).toList(),
        opinions.findByDispatchIdOrderById(id).stream().map(o -> new OpinionLine(o.getParty(), o.getDecision(),
            o.getComment())).toList());
  }

  @GetMapping("/api/rounds/{year}/agreements")
  @Transactional(readOnly = true)
  @Operation(summary = "A round's agreements (签订协议, P-12(3)): the city and process managers all, a district its own; "
      + "optionally of one commissioner level (P-13); paged, by id")
  @PageQueryParameters
  public ResponseEntity<List<Map<String, Object>>> agreementsOf(@PathVariable int year,
      @Parameter(description = LevelFilter.DESCRIPTION,
      schema = @Schema(allowableValues = {"PROVINCIAL", "MUNICIPAL"}))
      @RequestParam(name = LevelFilter.PARAMETER, required = false) String level,
      @Parameter(hidden = true) Pageable pageable) {
    CurrentUser u = currentUsers.current();
    if (!u.readsAllDistricts() && u.districtCodes().isEmpty()) {
      throw ApiException.forbidden("dispatch.api.agreementsForbidden");
    }
    LevelFilter filter = LevelFilter.parse(level, messages);
    SelectionRound round = rounds.findByActiveYear(year)
        .orElseThrow(() -> ApiException.notFound("round.notFound", String.valueOf(year)));
    // the district and level filters are conditions of the query: the page and X-Total-Count hold only those rows
    Page<Agreement> page = agreements.ofRound(round.getId(), u.readsAllDistricts() ? null : u.districtCodes(),
        filter.level(), pageable);
    return PagedList.of(page, DispatchController::agreementRow);
  }

  private static Map<String, Object> agreementRow(Agreement a) {
    Map<String, Object> row = new java.util.LinkedHashMap<>();
    row.put("id", a.getId());
    row.put("commissionerId", a.getCommissioner().getId());
    row.put("commissionerName", a.getCommissioner().getName());
    row.put("commissionerLevel", a.getCommissioner().getLevel());
    row.put("commissionerLevelLabel", a.getCommissioner().getLevel().label());
    row.put("districtCode", a.getDistrict().getCode());
    row.put("districtName", a.getDistrict().getName());
    row.put("status", a.getStatus());
    row.put("agreementNo", a.getAgreementNo());
    row.put("signedOn", a.getSignedOn());
    row.put("termStart", a.getTermStart());
    row.put("termLastDay", a.getTermEnd() == null ? null : a.getTermEnd().minusDays(1));
    row.put("declineReason", a.getDeclineReason());
    return row;
  }

  @PostMapping("/api/dispatches/{id}/posts")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  @Operation(summary = "Record a concurrent post as technical adviser or director (P-16): the district or the commissioner")
  public PostLine addPost(@PathVariable Long id, @RequestBody PostRequest request) {
    CurrentUser u = currentUsers.current();
    Dispatch d = readable(id);
    if (!u.actsFor(d.getDistrict().getCode()) && !u.userId().equals(d.getCommissioner().getUserId())) {
      throw ApiException.forbidden("dispatch.api.postForbidden", d.getDistrict().getName());
    }
    List<FieldProblem> problems = new ArrayList<>();
    String organisation = text(request.organisation(), "organisation", "dispatch.field.organisation", 128, problems);
    String title = text(request.postTitle(), "postTitle", "dispatch.field.postTitle", 64, problems);
    ConcurrentPost.PostType type = null;
    try {
      type = ConcurrentPost.PostType.valueOf(String.valueOf(request.postType()));
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem("postType", messages.get("dispatch.post.type", request.postType())));
    }
    LocalDate start = date(request.startDate(), "startDate", "dispatch.field.startDate", true, problems);
    LocalDate end = date(request.endDate(), "endDate", "dispatch.field.endDate", false, problems);
    if (start != null && (start.isBefore(d.getTermStart()) || !start.isBefore(d.getTermEnd()))) {
      problems.add(new FieldProblem("startDate", messages.get("dispatch.outsideTerm", start, d.getTermStart(),
          d.getTermEnd().minusDays(1))));
    }
    if (start != null && end != null && end.isBefore(start)) {
      problems.add(new FieldProblem("endDate", messages.get("dispatch.post.endBeforeStart", end, start)));
    } else if (end != null && !end.isBefore(d.getTermEnd())) {
      problems.add(new FieldProblem("endDate", messages.get("dispatch.post.endAfterTerm", end,
          d.getTermEnd().minusDays(1))));
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    ConcurrentPost p = posts.save(new ConcurrentPost(id, organisation, type, title, start, end, u.userId(),
        EngineClock.now()));
    return new PostLine(p.getId(), p.getOrganisation(), p.getPostType(), p.getPostTitle(), p.getStartDate(),
        p.getEndDate());
  }

  @PostMapping("/api/dispatches/{id}/subsidies")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  @Operation(summary = "Record a funding subsidy the district paid the commissioner (P-05): the district or the city")
  public SubsidyLine addSubsidy(@PathVariable Long id, @RequestBody SubsidyRequest request) {
    CurrentUser u = currentUsers.current();
    Dispatch d = readable(id);
    if (!u.actsFor(d.getDistrict().getCode())) {
      throw ApiException.forbidden("dispatch.api.subsidyForbidden", d.getDistrict().getName());
    }
    List<FieldProblem> problems = new ArrayList<>();
    BigDecimal amount = request.amount();
    if (amount == null || amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("1000000")) > 0) {
      problems.add(new FieldProblem("amount", messages.get("dispatch.subsidy.amount", amount)));
    }
    String purpose = text(request.purpose(), "purpose", "dispatch.field.purpose", 200, problems);
    LocalDate paidOn = date(request.paidOn(), "paidOn", "dispatch.field.paidOn", true, problems);
    LocalDate today = EngineClock.today();
    if (paidOn != null && (paidOn.isBefore(d.getTermStart()) || paidOn.isAfter(today))) {
      problems.add(new FieldProblem("paidOn", messages.get("dispatch.subsidy.paidOn", paidOn, d.getTermStart())));
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    Subsidy s = subsidies.save(new Subsidy(id, amount, paidOn, purpose, u.userId(),
        EngineClock.now()));
    return new SubsidyLine(s.getId(), s.getAmount(), s.getPaidOn(), s.getPurpose());
  }

  private Dispatch readable(Long id) {
    CurrentUser u = currentUsers.current();
    Dispatch d = dispatches.findWithDetailsById(id)
        .orElseThrow(() -> ApiException.notFound("dispatch.api.notFound", String.valueOf(id)));
    if (!reads(u, d, ownEnterprises(u))) {
      throw ApiException.forbidden("dispatch.api.forbidden", d.getDistrict().getName());
    }
    return d;
  }

  private String text(String value, String field, String labelKey, int max, List<FieldProblem> problems) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      problems.add(new FieldProblem(field, messages.get("dispatch.required", messages.get(labelKey))));
    } else if (Characters.count(text) > max) {
      problems.add(new FieldProblem(field, messages.get("dispatch.tooLong", messages.get(labelKey), max)));
    }
    return text;
  }

  private LocalDate date(String value, String field, String labelKey, boolean required, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      if (required) {
        problems.add(new FieldProblem(field, messages.get("dispatch.required", messages.get(labelKey))));
      }
      return null;
    }
    try {
      return VariableReader.isoDate(value);
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, messages.get("agreement.dateFormat", messages.get(labelKey), value)));
      return null;
    }
  }

  /** The enterprises the dispatches serve, in one query. */
  private Map<Long, Enterprise> enterprisesOf(List<Dispatch> list) {
    Set<Long> ids = list.stream().flatMap(d -> d.getEnterpriseIds().stream()).collect(Collectors.toSet());
    return enterprises.findAllById(ids).stream().collect(Collectors.toMap(Enterprise::getId, Function.identity()));
  }

  private DispatchView view(Dispatch d, Map<Long, Enterprise> served) {
    return new DispatchView(d.getId(), d.getBusinessKey(), d.getAgreement().getAgreementNo(),
        d.getCommissioner().getId(), d.getCommissioner().getName(), d.getCommissioner().getLevel(),
        d.getCommissioner().getLevel().label(), d.getDistrict().getCode(), d.getDistrict().getName(),
        d.getSourceUnit().getCode(), d.getSourceUnit().getName(), d.getTermStart(), d.getTermEnd().minusDays(1),
        d.getStatus(), d.getEndReason(), d.getProcessInstanceId(),
        d.getEnterpriseIds().stream().map(served::get).filter(java.util.Objects::nonNull)
            .map(e -> new EnterpriseRef(e.getId(), e.getCreditCode(), e.getName())).toList());
  }
}
