package cn.suzhou.shuanglian.board;

import cn.suzhou.shuanglian.document.DocumentController;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the board (工作台, issue 16), field for field as docs/board-contract fixes them. */
public final class BoardViews {

  private BoardViews() {}

  public record Stage(String key, String label) {}

  /** A round's progress per district (GET /api/board/rounds/{year}). */
  public record RoundProgress(int roundYear, String status, String statusLabel, LocalDate collectionDeadline,
      LocalDate today, List<Stage> stages, List<DistrictProgress> districts) {}

  public record DistrictProgress(String districtCode, String districtName, String stage, String stageLabel,
      int stageIndex, LocalDate deadline, boolean overdue, int overdueDays, int serviceUnits, int demands,
      int commissionersMatched, int agreementsSigned, int agreementsTotal, List<NextAction> nextActions) {}

  /** An open user task of the district's cases: who must act, and the task when the reader may open it. */
  public record NextAction(String actorLabel, String taskName, String taskId, LocalDate due, boolean overdue) {}

  /** One dispatch against the P-15 minimum (GET /api/board/dispatches). */
  public record DispatchLine(Long dispatchId, String agreementNo, String commissionerName, String districtCode,
      String districtName, String sourceUnitName, String status, String statusLabel, int serviceYear,
      LocalDate serviceYearStart, LocalDate serviceYearEnd, int confirmedServiceDays, int minimumServiceDays,
      boolean belowMinimum, LocalDate lastServiceRecordOn, List<GradeLine> grades, String agreementPdf) {}

  /** An approved grade; its result notice prints at {@code noticePdf} (考核结果通知, P-18). */
  public record GradeLine(int year, String grade, String gradeLabel, Long evaluationId, String noticePdf) {}

  /** The board's charts (GET /api/board/charts). */
  public record Charts(List<IndustryGroupLine> demandsByIndustryGroup, List<DistrictDays> serviceDaysByDistrict,
      List<YearGrades> gradesByYear, List<YearProjects> projectsByYear) {}

  public record IndustryGroupLine(String industryGroupName, int demands, int commissioners) {}

  public record DistrictDays(String districtName, int days) {}

  public record YearGrades(int year, List<GradeCount> counts) {}

  public record GradeCount(String gradeLabel, int count) {}

  public record YearProjects(int year, int submitted, int approved) {}

  /** One case found by the board's search (GET /api/board/search). */
  public record SearchHit(String kind, String kindLabel, String title, String detail, String number,
      String districtName, String processInstanceId, List<OpenTask> openTasks, Document document) {}

  /** A printable document of the case (PDF, issue 16), given only once the record is final. */
  public record Document(String title, String href) {}

  /** Where the printable documents are ({@link DocumentController}). */
  static String agreementOfDispatch(long dispatchId) {
    return DocumentController.of(DocumentController.DISPATCH_AGREEMENT, dispatchId);
  }

  static String agreement(long agreementId) {
    return DocumentController.of(DocumentController.ROUND_AGREEMENT, agreementId);
  }

  static String evaluationNotice(long evaluationId) {
    return DocumentController.of(DocumentController.EVALUATION_NOTICE, evaluationId);
  }

  static String projectRecommendation(long projectApplicationId) {
    return DocumentController.of(DocumentController.PROJECT_RECOMMENDATION, projectApplicationId);
  }

  public record OpenTask(String taskId, String taskName) {}
}
