package cn.suzhou.shuanglian.board;

import cn.suzhou.shuanglian.board.BoardViews.Charts;
import cn.suzhou.shuanglian.board.BoardViews.DispatchLine;
import cn.suzhou.shuanglian.board.BoardViews.RoundProgress;
import cn.suzhou.shuanglian.board.BoardViews.SearchHit;
import cn.suzhou.shuanglian.district.Districts;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.security.CurrentUsers;
import cn.suzhou.shuanglian.platform.web.ApiException;
import cn.suzhou.shuanglian.platform.web.ApiException.FieldProblem;
import cn.suzhou.shuanglian.platform.web.Messages;
import cn.suzhou.shuanglian.platform.web.PageQueryParameters;
import cn.suzhou.shuanglian.platform.web.PagedList;
import cn.suzhou.shuanglian.round.SelectionRound;
import cn.suzhou.shuanglian.round.SelectionRounds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The board (工作台, issue 16), read only: a round's progress per district (P-12), dispatches against the
 * 30-day minimum (P-15) with their grades (P-18), charts, and a search across cases. Same readers as the
 * rest of {@code /api} (P-14): the city bureau, process managers and administrators everything; a
 * county/park official their own district; a source unit its own staff (not a round's progress);
 * anyone else a 403.
 */
@RestController
@RequestMapping("/api/board")
@Tag(name = "工作台 Board", description = "Round progress, dispatches against P-15, charts and search for officials")
public class BoardController {

  static final int QUERY_MIN = 2;
  static final int QUERY_MAX = 50;

  private final BoardService board;
  private final SelectionRounds rounds;
  private final Districts districts;
  private final CurrentUsers currentUsers;
  private final Messages messages;

  public BoardController(BoardService board, SelectionRounds rounds, Districts districts, CurrentUsers currentUsers,
      Messages messages) {
    this.board = board;
    this.rounds = rounds;
    this.districts = districts;
    this.currentUsers = currentUsers;
    this.messages = messages;
  }

  private BoardScope reader() {
    CurrentUser user = currentUsers.current();
    BoardScope scope = BoardScope.of(user);
    if (!scope.readsAnything()) {
      throw ApiException.forbidden("board.forbidden");
    }
    return scope;
  }

  @GetMapping("/rounds/{year}")
  @Transactional(readOnly = true)
  @Operation(summary = "A round's progress per district (P-12): stage, deadline, overdue, counts and who must act "
      + "next; the city and process managers every district, a district official their own")
  @ApiResponse(responseCode = "200", description = "the districts the reader sees, in the round's order")
  @ApiResponse(responseCode = "403", description = "not a reader of rounds (source units, commissioners, enterprises)")
  @ApiResponse(responseCode = "404", description = "no live round of that year")
  public RoundProgress round(@Parameter(description = "the round's year", example = "2025") @PathVariable int year) {
    BoardScope scope = reader();
    if (!scope.all() && scope.districts().isEmpty()) {
      throw ApiException.forbidden("board.roundForbidden");
    }
    SelectionRound round = rounds.findByActiveYear(year)
        .orElseThrow(() -> ApiException.notFound("round.notFound", String.valueOf(year)));
    return board.roundProgress(round, scope);
  }

  @GetMapping("/dispatches")
  @Transactional(readOnly = true)
  @Operation(summary = "Dispatches with the current service year's confirmed days against the configured minimum "
      + "(P-15), the last confirmed service record and the grades by service year (P-18); paged, by id")
  @ApiResponse(responseCode = "200", description = "the page of dispatches the reader sees; X-Total-Count and Link")
  @ApiResponse(responseCode = "400", description = "year or district invalid, or page/size out of range")
  @ApiResponse(responseCode = "403", description = "neither the city, a district nor a source unit")
  @PageQueryParameters
  public ResponseEntity<List<DispatchLine>> dispatches(
      @Parameter(description = "the year of the round the agreement was signed in", example = "2025")
      @RequestParam(name = "year", required = false) String year,
      @Parameter(description = "a district code, e.g. 341302")
      @RequestParam(name = "district", required = false) String district,
      @Parameter(hidden = true) Pageable pageable) {
    BoardScope scope = reader();
    List<FieldProblem> problems = new ArrayList<>();
    Integer roundYear = year == null || year.isBlank() ? null : parseYear(year, problems);
    String districtCode = null;
    if (district != null && !district.isBlank()) {
      districtCode = district.strip();
      if (districts.findById(districtCode).isEmpty()) {
        problems.add(new FieldProblem("district", messages.get("board.param.districtUnknown", districtCode)));
      }
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    return PagedList.of(board.dispatches(scope, roundYear, districtCode, pageable));
  }

  @GetMapping("/charts")
  @Transactional(readOnly = true)
  @Operation(summary = "Charts of a round year: demands per industry group against matched commissioners, confirmed "
      + "service days per district, grades per year (P-18), joint projects per year (P-19); each over what the reader sees")
  @ApiResponse(responseCode = "200", description = "the four series")
  @ApiResponse(responseCode = "400", description = "year missing or not a year")
  @ApiResponse(responseCode = "403", description = "neither the city, a district nor a source unit")
  @ApiResponse(responseCode = "404", description = "no live round of that year")
  public Charts charts(@Parameter(description = "the round's year", required = true, example = "2025")
      @RequestParam(name = "year", required = false) String year) {
    BoardScope scope = reader();
    List<FieldProblem> problems = new ArrayList<>();
    Integer roundYear = null;
    if (year == null || year.isBlank()) {
      problems.add(new FieldProblem("year", messages.get("report.param.yearRequired")));
    } else {
      roundYear = parseYear(year, problems);
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    Integer asked = roundYear;
    SelectionRound round = rounds.findByActiveYear(asked)
        .orElseThrow(() -> ApiException.notFound("round.notFound", String.valueOf(asked)));
    return board.charts(round, scope);
  }

  @GetMapping("/search")
  @Transactional(readOnly = true)
  @Operation(summary = "Search cases by enterprise name, commissioner name, agreement number, project number or "
      + "misconduct case number (contains, any case), with the open tasks the reader may see; paged")
  @ApiResponse(responseCode = "200", description = "the page of hits the reader sees; X-Total-Count and Link")
  @ApiResponse(responseCode = "400", description = "q not 2–50 characters after trimming, or page/size out of range")
  @ApiResponse(responseCode = "403", description = "neither the city, a district nor a source unit")
  @PageQueryParameters
  public ResponseEntity<List<SearchHit>> search(
      @Parameter(description = "2–50 characters, e.g. 恒达", required = true)
      @RequestParam(name = "q", required = false) String q,
      @Parameter(hidden = true) Pageable pageable) {
    BoardScope scope = reader();
    String text = q == null ? "" : q.strip();
    int length = text.codePointCount(0, text.length());
    if (length < QUERY_MIN || length > QUERY_MAX) {
      throw ApiException.invalid(List.of(new FieldProblem("q",
          messages.get("board.param.qLength", QUERY_MIN, QUERY_MAX, length))));
    }
    return PagedList.of(board.search(scope, text, pageable));
  }

  private Integer parseYear(String year, List<FieldProblem> problems) {
    String text = year.strip();
    if (!text.matches("[0-9]{4}")) {
      problems.add(new FieldProblem("year", messages.get("report.param.yearInvalid", year)));
      return null;
    }
    return Integer.valueOf(text);
  }
}
