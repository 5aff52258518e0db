package cn.suzhou.shuanglian.export;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;

/**
 * One list as a workbook: its Chinese name (file and sheet), its columns and where its pages come from —
 * the JSON list endpoint's own method, so the reader's access filter and masking are the list's, page by
 * page.
 *
 * @param name the file name without {@code .xlsx} and the sheet's name (at most 31 characters)
 * @param pages the rows of one page, in the list's order, as the JSON list answers them
 */
public record ExportedList<T>(String name, List<Column<T>> columns, Function<Pageable, List<T>> pages) {

  public ExportedList {
    if (name.length() > 31) {
      throw new IllegalArgumentException("a sheet name has at most 31 characters: " + name);
    }
    columns = List.copyOf(columns);
  }

  /** The pages of a paged JSON list endpoint: the body of each answer. */
  public static <T> Function<Pageable, List<T>> bodies(Function<Pageable, ResponseEntity<List<T>>> endpoint) {
    return pageable -> {
      List<T> body = endpoint.apply(pageable).getBody();
      return body == null ? List.of() : body;
    };
  }
}
