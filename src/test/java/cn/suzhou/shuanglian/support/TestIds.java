package cn.suzhou.shuanglian.support;

/**
 * Independent oracles for test data: builds identifiers with the check characters of GB 11643 and
 * GB 32100 computed here from the standards' formulas (DESIGN §7), not by the code under test.
 */
public final class TestIds {

  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECK = "10X98765432";
  private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private TestIds() {}

  /** A resident ID for region 341302, birth date 1980-01-01 + n days (n < 3650), sequence from n. */
  public static String residentId(int n) {
    java.time.LocalDate birth = java.time.LocalDate.of(1980, 1, 1).plusDays(n % 3650);
    String first17 = "341302" + birth.toString().replace("-", "") + String.format("%03d", n % 1000);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return first17 + ID_CHECK.charAt(sum % 11);
  }

  /** A unified social credit code 913413xxMA… with its check character. */
  public static String creditCode(String first17) {
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; i++) {
      sum += USCC_CHARS.indexOf(first17.charAt(i)) * weight;
      weight = weight * 3 % 31;
    }
    return first17 + USCC_CHARS.charAt((31 - sum % 31) % 31);
  }
}
