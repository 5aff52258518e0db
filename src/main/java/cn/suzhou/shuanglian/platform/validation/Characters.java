package cn.suzhou.shuanglian.platform.validation;

/**
 * Length of a person's text in characters (Unicode code points), not UTF-16 units.
 *
 * <p>{@link String#length()} counts a character outside the Basic Multilingual Plane, such as 𠮷 (CJK Extension B,
 * common in Chinese names) or an emoji, twice. Length limits count characters, as MySQL/MariaDB {@code varchar(n)}
 * does, so that 40 × 𠮷 fits a limit of 64.
 */
public final class Characters {

  private Characters() {}

  /** The number of Unicode code points in {@code text}; {@code null} counts 0. An unpaired surrogate counts 1. */
  public static int count(CharSequence text) {
    return text == null ? 0 : Character.codePointCount(text, 0, text.length());
  }

  /**
   * {@code text} cut to at most {@code max} characters (code points), never splitting a surrogate pair;
   * {@code null} stays {@code null}.
   */
  public static String truncate(String text, int max) {
    if (text == null || count(text) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max));
  }
}
