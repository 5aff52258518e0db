package cn.suzhou.shuanglian.nomination;

/** A source unit's answer for one of its staff (P-08): RELEASE, or REFUSE with a reason. */
public record ReleaseRow(Long commissionerId, String name, String industryGroupName, String decision, String reason) {}
