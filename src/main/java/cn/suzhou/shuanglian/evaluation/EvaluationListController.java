package cn.suzhou.shuanglian.evaluation;

import cn.suzhou.shuanglian.commissioner.LevelFilter;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.DispatchAccess;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.security.CurrentUsers;
import cn.suzhou.shuanglian.platform.web.Messages;
import cn.suzhou.shuanglian.platform.web.PageQueryParameters;
import cn.suzhou.shuanglian.platform.web.PagedList;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The yearly evaluations (年度考核, P-18) of every dispatch the caller reads, paged: the results
 * {@code GET /api/dispatches/{id}} shows per dispatch, as one list across dispatches. Who reads an
 * evaluation is who reads its dispatch ({@link DispatchAccess#readableBy}, P-14), as a condition of the
 * query, so a page and its {@code X-Total-Count} hold only readable rows.
 */
@RestController
@Tag(name = "年度考核 Yearly evaluation")
public class EvaluationListController {

  private final EvaluationRepository evaluations;
  private final CurrentUsers currentUsers;
  private final Messages messages;

  public EvaluationListController(EvaluationRepository evaluations, CurrentUsers currentUsers, Messages messages) {
    this.evaluations = evaluations;
    this.currentUsers = currentUsers;
    this.messages = messages;
  }

  @GetMapping("/api/evaluations")
  @Transactional(readOnly = true)
  @Operation(summary = "The yearly evaluations of the dispatches the caller reads (P-14, P-18), optionally of one "
      + "commissioner level (P-13); paged, by id")
  @PageQueryParameters
  public ResponseEntity<List<EvaluationView>> list(@Parameter(description = LevelFilter.DESCRIPTION,
      schema = @Schema(allowableValues = {"PROVINCIAL", "MUNICIPAL"}))
      @RequestParam(name = LevelFilter.PARAMETER, required = false) String level,
      @Parameter(hidden = true) Pageable pageable) {
    CurrentUser reader = currentUsers.current();
    LevelFilter filter = LevelFilter.parse(level, messages);
    return PagedList.of(evaluations.findAll(readableBy(reader, filter),
        PagedList.sorted(pageable, Sort.by("id"))), EvaluationView::of);
  }

  /** Evaluations of the dispatches the reader reads, of the level when given. */
  static Specification<Evaluation> readableBy(CurrentUser reader, LevelFilter filter) {
    return (root, query, cb) -> {
      if (reader.readsAllDistricts()) {
        return filter.level() == null ? cb.conjunction()
            : cb.equal(root.get("dispatch").get("commissioner").get("level"), filter.level());
      }
      Subquery<Long> readable = query.subquery(Long.class);
      Root<Dispatch> dispatch = readable.from(Dispatch.class);
      readable.select(dispatch.get("id"))
          .where(DispatchAccess.readableBy(reader, filter.level()).toPredicate(dispatch, query, cb));
      return root.get("dispatch").get("id").in(readable);
    };
  }
}
