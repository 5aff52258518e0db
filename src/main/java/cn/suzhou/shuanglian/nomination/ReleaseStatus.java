package cn.suzhou.shuanglian.nomination;

/** A source unit's answer for one of its staff on the list (P-08). */
public enum ReleaseStatus { PENDING, RELEASED, REFUSED }
