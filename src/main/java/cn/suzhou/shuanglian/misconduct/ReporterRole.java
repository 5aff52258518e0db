package cn.suzhou.shuanglian.misconduct;

/** Who reported a case (P-14: the district, the service units and the city manage the commissioner). */
public enum ReporterRole {
  CITY, DISTRICT, ENTERPRISE
}
