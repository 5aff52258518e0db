package cn.suzhou.shuanglian.export;

import java.util.List;

/**
 * A list a district imports from Excel: the name of its file and first sheet, the request's list it
 * fills ({@code serviceUnits}, as {@code DemandListRules} names its rows) and its columns.
 */
public record ImportSheet(String name, String list, String rowNote, List<ImportColumn> columns) {

  public ImportSheet {
    columns = List.copyOf(columns);
  }

  ImportColumn column(String field) {
    return columns.stream().filter(c -> c.field().equals(field)).findFirst().orElse(null);
  }
}
