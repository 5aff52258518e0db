package cn.suzhou.shuanglian.export;

import java.util.function.Function;

/**
 * One column of an Excel export: its Chinese header and what a row shows in it. The value is what the
 * JSON list shows for the row (the same view object, so masked stays masked); {@link XlsxExport} turns
 * it into a cell — text, a number, a real Excel date, 是/否. An enum is never written as is: a column
 * maps it to its Chinese label.
 */
public record Column<T>(String header, Function<? super T, ?> value) {

  public static <T> Column<T> of(String header, Function<? super T, ?> value) {
    return new Column<>(header, value);
  }
}
