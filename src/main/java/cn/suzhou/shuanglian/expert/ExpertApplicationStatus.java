package cn.suzhou.shuanglian.expert;

/**
 * Where an application to the expert database stands (P-20): under review, decided by the city
 * bureau, or CANCELLED when its case was deleted before a decision (it no longer holds the place).
 */
public enum ExpertApplicationStatus { PENDING, APPROVED, REJECTED, CANCELLED }
