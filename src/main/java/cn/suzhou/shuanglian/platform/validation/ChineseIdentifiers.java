package cn.suzhou.shuanglian.platform.validation;

import cn.hutool.core.util.CreditCodeUtil;
import cn.hutool.core.util.IdcardUtil;
import cn.hutool.core.util.PhoneUtil;

/**
 * The national identifier checks used at every edge (REST, forms, data files): GB 32100 unified
 * social credit code, GB 11643 resident identity number, mainland mobile numbers. The check
 * arithmetic is Hutool's; this class pins the exact input form we accept (upper case, no
 * separators or country prefixes) so that what is stored is canonical.
 */
public final class ChineseIdentifiers {

  private ChineseIdentifiers() {}

  /**
   * 18 characters over 0-9 A-H J-N P-R T U W-Y with a valid GB 32100 check character: a registration
   * authority code (1–9, A, N, Y), an organisation type (1–9) and a region code that is not 000000 —
   * "000000000000000000" has a valid check character but is no one's code.
   */
  public static boolean isUnifiedSocialCreditCode(String value) {
    return value != null
        && value.length() == 18
        && value.matches("[1-9ANY][1-9]\\d{6}[0-9A-HJ-NPQRTUWXY]{9}[0-9A-HJ-NPQRTUWXY]")
        && !value.startsWith("000000", 2)
        && CreditCodeUtil.isCreditCode(value);
  }

  /** 18-character resident ID: region, a real birth date, sequence, GB 11643 check digit (upper-case X). */
  public static boolean isResidentIdNumber(String value) {
    return value != null
        && value.matches("\\d{17}[\\dX]")
        && IdcardUtil.isValidCard18(value, false);
  }

  /** Mainland mobile number: exactly 11 digits, 1[3-9]…, no +86 prefix or separators. */
  public static boolean isMobilePhone(String value) {
    return value != null && value.matches("\\d{11}") && PhoneUtil.isMobile(value);
  }

  /** 138****1234: for readers who need not see the full number. */
  public static String maskPhone(String phone) {
    if (phone == null || phone.length() < 7) {
      return phone;
    }
    return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
  }

  /** 341302********2019: keeps the region and the last four characters. */
  public static String maskResidentId(String id) {
    if (id == null || id.length() != 18) {
      return id;
    }
    return id.substring(0, 6) + "********" + id.substring(14);
  }
}
