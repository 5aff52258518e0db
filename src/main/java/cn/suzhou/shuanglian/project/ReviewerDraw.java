package cn.suzhou.shuanglian.project;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * P-20: the draw of reviewers for a joint project from the Suzhou S&T expert database. An expert with
 * a conflict of interest is never drawn: the applicant, a colleague of the applicant's source unit,
 * and the enterprise's own people — its staff (an expert whose source unit is the enterprise), an
 * expert holding a concurrent post there (P-16), an expert whose running dispatch serves it. Barred
 * experts and experts without a login (who could not review in Tasklist) are not drawn either.
 * Experts reviewing in the project's industry group are drawn first, at random; others fill up.
 */
public final class ReviewerDraw {

  /** Why an expert of the pool was not drawn. */
  public enum Exclusion {
    APPLICANT("申请人本人"),
    SAME_SOURCE_UNIT("与申请人同一派出单位"),
    ENTERPRISE_STAFF("申报企业人员"),
    ENTERPRISE_POST("在申报企业兼任职务"),
    SERVES_ENTERPRISE("正派驻服务申报企业"),
    BARRED("已列入禁派名单"),
    NO_LOGIN("无系统账号，无法在线评审");

    private final String label;

    Exclusion(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** A conflict of interest, as opposed to being unavailable. */
    public boolean isConflict() {
      return this != BARRED && this != NO_LOGIN;
    }
  }

  /** An expert of the pool as the draw sees them. */
  public record Expert(Long membershipId, Long commissionerId, String userId, String name, String sourceUnitCode,
      String sourceUnitName, Set<String> reviewFields, boolean barred, boolean servesEnterprise,
      boolean holdsPostAtEnterprise) {}

  /** The project being reviewed, as far as conflicts go. */
  public record Project(Long applicantCommissionerId, String applicantSourceUnitCode, String enterpriseName,
      String industryGroupCode) {}

  public record Excluded(Expert expert, Exclusion reason) {}

  public record Result(List<Expert> drawn, List<Excluded> excluded, int eligible) {}

  private ReviewerDraw() {}

  /** The first reason the expert may not review the project, if any. */
  public static Optional<Exclusion> exclusion(Expert expert, Project project) {
    if (expert.commissionerId().equals(project.applicantCommissionerId())) {
      return Optional.of(Exclusion.APPLICANT);
    }
    if (expert.sourceUnitCode().equals(project.applicantSourceUnitCode())) {
      return Optional.of(Exclusion.SAME_SOURCE_UNIT);
    }
    if (sameOrganisation(expert.sourceUnitName(), project.enterpriseName())) {
      return Optional.of(Exclusion.ENTERPRISE_STAFF);
    }
    if (expert.holdsPostAtEnterprise()) {
      return Optional.of(Exclusion.ENTERPRISE_POST);
    }
    if (expert.servesEnterprise()) {
      return Optional.of(Exclusion.SERVES_ENTERPRISE);
    }
    if (expert.barred()) {
      return Optional.of(Exclusion.BARRED);
    }
    if (expert.userId() == null || expert.userId().isBlank()) {
      return Optional.of(Exclusion.NO_LOGIN);
    }
    return Optional.empty();
  }

  /** Draws up to {@code wanted} reviewers; fewer only when fewer are eligible. */
  public static Result draw(List<Expert> pool, Project project, int wanted, Random random) {
    List<Expert> inField = new ArrayList<>();
    List<Expert> otherField = new ArrayList<>();
    List<Excluded> excluded = new ArrayList<>();
    for (Expert expert : pool) {
      Optional<Exclusion> reason = exclusion(expert, project);
      if (reason.isPresent()) {
        excluded.add(new Excluded(expert, reason.get()));
      } else if (expert.reviewFields().contains(project.industryGroupCode())) {
        inField.add(expert);
      } else {
        otherField.add(expert);
      }
    }
    Collections.shuffle(inField, random);
    Collections.shuffle(otherField, random);
    List<Expert> drawn = new ArrayList<>(inField);
    drawn.addAll(otherField);
    int eligible = drawn.size();
    return new Result(List.copyOf(drawn.subList(0, Math.min(wanted, drawn.size()))), List.copyOf(excluded), eligible);
  }

  /** Registered names of organisations compared without spaces and brackets' width. */
  static boolean sameOrganisation(String a, String b) {
    return a != null && b != null && normalise(a).equals(normalise(b));
  }

  private static String normalise(String name) {
    return name.replaceAll("\\s+", "").replace('（', '(').replace('）', ')');
  }
}
