package cn.suzhou.shuanglian.export;

import java.util.List;

/**
 * One column of an Excel import template: the row field it fills ({@code creditCode}), its Chinese
 * header (the label the Tasklist form shows), what to write in it in words (填写说明) and, for an
 * enumeration, its Chinese choices (a drop-down list in the template).
 */
public record ImportColumn(String field, String header, String note, List<String> choices) {

  public ImportColumn {
    choices = List.copyOf(choices);
  }

  static ImportColumn text(String field, String header, String note) {
    return new ImportColumn(field, header, note, List.of());
  }

  static ImportColumn choice(String field, String header, String note, List<String> choices) {
    return new ImportColumn(field, header, note, choices);
  }
}
