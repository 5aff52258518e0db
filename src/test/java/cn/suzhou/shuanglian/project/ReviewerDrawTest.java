package cn.suzhou.shuanglian.project;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.project.ReviewerDraw.Exclusion;
import cn.suzhou.shuanglian.project.ReviewerDraw.Expert;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The reviewer draw of P-20 on its own: conflicts are never drawn, the field comes first, a shortfall is reported. */
@DisplayName("P-20 reviewer draw: no conflicts of interest")
class ReviewerDrawTest {

  static final ReviewerDraw.Project PROJECT = new ReviewerDraw.Project(1L, "szu", "安徽恒达新型建材有限公司",
      "NEW_MATERIALS");

  static Expert expert(long id, String unitCode, String unitName, String fields, boolean barred, boolean serves,
      boolean post, String userId) {
    return new Expert(100 + id, id, userId, "专家" + id, unitCode, unitName, Set.of(fields.split(",")), barred,
        serves, post);
  }

  static List<Expert> pool() {
    List<Expert> pool = new ArrayList<>();
    pool.add(expert(1, "szu", "宿州学院", "NEW_MATERIALS", false, false, false, "applicant"));
    pool.add(expert(2, "szu", "宿州学院", "NEW_MATERIALS", false, false, false, "colleague"));
    pool.add(expert(3, "hengda", "安徽恒达新型建材有限公司", "NEW_MATERIALS", false, false, false, "staff"));
    pool.add(expert(4, "hfut", "合肥工业大学", "NEW_MATERIALS", false, false, true, "adviser"));
    pool.add(expert(5, "aust", "安徽理工大学", "NEW_MATERIALS", false, true, false, "serving"));
    pool.add(expert(6, "ahu", "安徽大学", "NEW_MATERIALS", true, false, false, "barred"));
    pool.add(expert(7, "ahu", "安徽大学", "NEW_MATERIALS", false, false, false, null));
    pool.add(expert(8, "ahu", "安徽大学", "NEW_MATERIALS", false, false, false, "clean1"));
    pool.add(expert(9, "hfcas", "中国科学院合肥物质科学研究院", "NEW_MATERIALS,EQUIPMENT", false, false, false, "clean2"));
    pool.add(expert(10, "hbmg", "淮北矿业集团", "EQUIPMENT", false, false, false, "clean3"));
    pool.add(expert(11, "sztt", "宿州市技术转移中心", "DIGITAL", false, false, false, "clean4"));
    return pool;
  }

  @Test
  @Tag("P-20")
  @DisplayName("P-20 over 500 random draws no conflicted, barred or login-less expert is ever drawn; each exclusion carries its reason")
  void neverAConflict() {
    Random random = new Random(20261201L);
    Set<String> everDrawn = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      ReviewerDraw.Result result = ReviewerDraw.draw(pool(), PROJECT, 3, random);
      assertThat(result.drawn()).hasSize(3);
      result.drawn().forEach(e -> everDrawn.add(e.userId()));
      assertThat(result.excluded()).extracting(x -> x.expert().userId() + ":" + x.reason()).containsExactlyInAnyOrder(
          "applicant:APPLICANT", "colleague:SAME_SOURCE_UNIT", "staff:ENTERPRISE_STAFF", "adviser:ENTERPRISE_POST",
          "serving:SERVES_ENTERPRISE", "barred:BARRED", "null:NO_LOGIN");
    }
    assertThat(everDrawn).containsExactlyInAnyOrder("clean1", "clean2", "clean3", "clean4");
  }

  @Test
  @Tag("P-20")
  @DisplayName("P-20 experts of the project's field come first: with three in the field, the others are not drawn")
  void fieldFirst() {
    List<Expert> pool = new ArrayList<>(pool());
    pool.add(expert(12, "ahu", "安徽大学", "NEW_MATERIALS", false, false, false, "clean5"));
    for (int i = 0; i < 100; i++) {
      assertThat(ReviewerDraw.draw(pool, PROJECT, 3, new Random(i)).drawn()).extracting(Expert::userId)
          .containsExactlyInAnyOrder("clean1", "clean2", "clean5");
    }
  }

  @Test
  @Tag("P-20")
  @DisplayName("P-20 a pool too small after exclusions draws only the eligible and says how many there are")
  void shortfall() {
    ReviewerDraw.Result result = ReviewerDraw.draw(pool(), PROJECT, 6, new Random(1));
    assertThat(result.eligible()).isEqualTo(4);
    assertThat(result.drawn()).hasSize(4);
    assertThat(Exclusion.APPLICANT.isConflict()).isTrue();
    assertThat(Exclusion.NO_LOGIN.isConflict()).isFalse();
    assertThat(ReviewerDraw.sameOrganisation("安徽恒达新型建材有限公司（宿州）", "安徽恒达新型建材有限公司 (宿州)")).isTrue();
  }
}
