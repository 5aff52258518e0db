package cn.suzhou.shuanglian.export;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
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

  /**
   * The one page of a JSON list that is not paged (a round's or a district's list, small by nature): the
   * endpoint's answer as the first page, nothing after it. The endpoint is called once, for the first page,
   * so a refusal comes before any byte of the workbook.
   */
  public static <T> Function<Pageable, List<T>> whole(Supplier<List<T>> endpoint) {
    return pageable -> pageable.getPageNumber() == 0 ? endpoint.get() : List.of();
  }

  /** The pages of a paged JSON list endpoint: the body of each answer. */
  public static <T> Function<Pageable, List<T>> bodies(Function<Pageable, ResponseEntity<List<T>>> endpoint) {
    return pageable -> {
      List<T> body = endpoint.apply(pageable).getBody();
      return body == null ? List.of() : body;
    };
  }
}
