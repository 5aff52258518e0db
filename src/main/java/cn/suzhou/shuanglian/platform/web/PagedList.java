package cn.suzhou.shuanglian.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The response of a paged {@code /api} list: the page's rows as a JSON array (what integrators read
 * without paging), the number of rows of every page in {@code X-Total-Count}, and an RFC 8288
 * {@code Link} header to the first, previous, next and last page — each the request's own URL with
 * {@code page} and {@code size} set, so the list's filters carry over.
 */
public final class PagedList {

  public static final String TOTAL_COUNT = "X-Total-Count";

  private PagedList() {}

  /** The page asked for, in the list's own order (a stable one: ending with a unique key such as the id). */
  public static Pageable sorted(Pageable pageable, Sort order) {
    return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order);
  }

  /** The page's rows, mapped to what the API shows, with the paging headers. */
  public static <T, V> ResponseEntity<List<V>> of(Page<T> page, Function<? super T, ? extends V> view) {
    return of(page.map(view::apply));
  }

  public static <V> ResponseEntity<List<V>> of(Page<V> page) {
    return ResponseEntity.ok().headers(headers(page)).body(page.getContent());
  }

  /** {@code X-Total-Count} and {@code Link} for the page of the current request. */
  public static HttpHeaders headers(Page<?> page) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(TOTAL_COUNT, Long.toString(page.getTotalElements()));
    int number = page.getNumber();
    int last = Math.max(0, page.getTotalPages() - 1);
    List<String> links = new ArrayList<>();
    links.add(link(page.getSize(), "first", 0));
    if (page.hasPrevious()) {
      links.add(link(page.getSize(), "prev", Math.min(number - 1, last)));
    }
    if (page.hasNext()) {
      links.add(link(page.getSize(), "next", number + 1));
    }
    links.add(link(page.getSize(), "last", last));
    headers.set(HttpHeaders.LINK, String.join(", ", links));
    return headers;
  }

  private static String link(int size, String rel, int page) {
    UriComponentsBuilder uri = ServletUriComponentsBuilder.fromCurrentRequest()
        .replaceQueryParam(PageParameters.PAGE, page)
        .replaceQueryParam(PageParameters.SIZE, size);
    String target;
    try {
      target = uri.build(true).toUriString();  // the query as the caller encoded it
    } catch (IllegalArgumentException notEncoded) {
      target = uri.build().encode().toUriString();
    }
    return "<" + target + ">; rel=\"" + rel + "\"";
  }
}
