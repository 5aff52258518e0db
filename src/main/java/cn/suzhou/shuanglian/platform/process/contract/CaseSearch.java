package cn.suzhou.shuanglian.platform.process.contract;

/**
 * What Tasklist's search box finds a task by (issue 15): one task variable holding the values of
 * the case's {@link ProcessContract#searchedBy() searchable context} — enterprise, commissioner,
 * agreement number, case title — which the delegates mirror from the domain. Written by the system
 * when a task is created, never accepted from a person (no contract declares it as input), and never
 * holding personal data (ID numbers, phones).
 */
public final class CaseSearch {

  /** The task-local variable Tasklist's search box (scripts/work-landing) queries with "like". */
  public static final Var<String> SEARCH_TEXT = Var.text("searchText");

  private CaseSearch() {}
}
