package cn.suzhou.shuanglian.agreement;

/** Variable names of {@code agreementSigning}, shared by its delegates, forms and tests. */
public final class AgreementVariables {

  private AgreementVariables() {}

  public static final String PROCESS_KEY = "agreementSigning";
  public static final String MATCH_ID = "matchId";
  public static final String MATCH_IDS = "matchIds";
  public static final String AGREEMENT_ID = "agreementId";
  public static final String ROUND_ID = "roundId";
  public static final String CASE_TITLE = "caseTitle";
  public static final String DISTRICT_CODE = "districtCode";
  public static final String DISTRICT_NAME = "districtName";
  public static final String APPLICANT_NAME = "applicantName";
  public static final String COMMISSIONER_USER_ID = "commissionerUserId";
  public static final String COMMISSIONER_NAME = "commissionerName";
  public static final String DUE_DATE = "agreementDueDate";

  // 确认接受派驻
  public static final String ACCEPT_DECISION = "acceptDecision";
  public static final String DECLINE_REASON = "declineReason";
  public static final String ACCEPTED = "accepted";

  // 签订派驻协议
  public static final String AGREEMENT_NO = "agreementNo";
  public static final String SIGNED_ON = "signedOn";
  public static final String TERM_START = "termStart";

  // 补充匹配人选
  public static final String REPLACEMENT_DECISION = "replacementDecision";
  public static final String REPLACEMENT_COMMISSIONER_ID = "replacementCommissionerId";
  public static final String CONDITIONS_ATTESTED = "conditionsAttested";
  public static final String SOURCE_UNIT_RELEASED = "sourceUnitReleased";
  public static final String NO_REPLACEMENT_REASON = "noReplacementReason";
  public static final String REPLACED = "replaced";
}
