package cn.suzhou.shuanglian.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Length limits count characters (code points), as varchar(n) does, not UTF-16 units")
class CharactersTest {

  private static final String JI = "𠮷";  // CJK Extension B, two UTF-16 units

  @Test
  @DisplayName("40 × 𠮷 is 40 characters (80 UTF-16 units)")
  void countsSupplementaryCharactersOnce() {
    String name = JI.repeat(40);
    assertThat(name.length()).isEqualTo(80);
    assertThat(Characters.count(name)).isEqualTo(40);
    assertThat(Characters.count("周海明")).isEqualTo(3);
  }

  @Test
  @DisplayName("null and empty count 0")
  void nullCountsZero() {
    assertThat(Characters.count(null)).isZero();
    assertThat(Characters.count("")).isZero();
  }

  @Test
  @DisplayName("an emoji sequence joined by ZWJ counts its code points")
  void emojiWithZwjCountsCodePoints() {
    String family = "👨\u200D👩\u200D👧";  // man ZWJ woman ZWJ girl: 3 emoji + 2 joiners
    assertThat(family.length()).isEqualTo(8);
    assertThat(Characters.count(family)).isEqualTo(5);
  }

  @Test
  @DisplayName("truncate cuts at a character boundary, never inside a surrogate pair")
  void truncateKeepsSurrogatePairsWhole() {
    String text = "a" + JI.repeat(3);
    assertThat(Characters.truncate(text, 2)).isEqualTo("a" + JI);
    assertThat(Characters.truncate(text, 4)).isSameAs(text);
    assertThat(Characters.truncate(null, 4)).isNull();
  }

  @Test
  @DisplayName("@MaxCharacters accepts 64 × 𠮷 under 64 and refuses 65; null is left to @NotBlank")
  void constraintCountsCharacters() {
    MaxCharacters.Validator validator = new MaxCharacters.Validator();
    validator.initialize(limit(64));
    assertThat(validator.isValid(JI.repeat(64), null)).isTrue();
    assertThat(validator.isValid(JI.repeat(65), null)).isFalse();
    assertThat(validator.isValid(null, null)).isTrue();
  }

  private static MaxCharacters limit(int max) {
    return new MaxCharacters() {
      @Override public int value() { return max; }
      @Override public String message() { return ""; }
      @Override public Class<?>[] groups() { return new Class<?>[0]; }
      @SuppressWarnings("unchecked")
      @Override public Class<? extends jakarta.validation.Payload>[] payload() { return new Class[0]; }
      @Override public Class<? extends java.lang.annotation.Annotation> annotationType() { return MaxCharacters.class; }
    };
  }
}
