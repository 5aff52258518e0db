package cn.suzhou.shuanglian.servicerecord;

/** A service record's confirmation by the enterprise served (P-15: only confirmed days count). */
public enum ServiceRecordStatus { PENDING, CONFIRMED, DISPUTED }
