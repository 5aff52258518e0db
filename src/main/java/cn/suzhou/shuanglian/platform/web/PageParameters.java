package cn.suzhou.shuanglian.platform.web;

import cn.suzhou.shuanglian.platform.web.ApiException.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The {@link Pageable} of a paged {@code /api} list from the query parameters {@code page} (0-based,
 * default 0) and {@code size} (default and largest from {@link PagingProperties}). Unlike Spring
 * Data's own resolver, which quietly replaces a bad value by its default, a value that is not a whole
 * number, a negative page, a size of 0 or above the largest, or a page whose first row lies beyond
 * what the database can skip is a 400 naming {@code page} or {@code size} and the rule, in the
 * caller's language. The order is the list's own (each endpoint sorts stably), so no {@code sort}
 * parameter is read.
 */
public class PageParameters implements HandlerMethodArgumentResolver {

  public static final String PAGE = "page";
  public static final String SIZE = "size";

  private final PagingProperties properties;
  private final Messages messages;

  public PageParameters(PagingProperties properties, Messages messages) {
    this.properties = properties;
    this.messages = messages;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return Pageable.class.equals(parameter.getParameterType());
  }

  @Override
  public Pageable resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
      NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
    return pageable(webRequest.getParameter(PAGE), webRequest.getParameter(SIZE));
  }

  /** The page asked for, or a 400 naming each parameter at fault. */
  public Pageable pageable(String pageText, String sizeText) {
    List<FieldProblem> problems = new ArrayList<>();
    Long size = whole(sizeText);
    if (blank(sizeText)) {
      size = (long) properties.defaultSize();
    } else if (size == null || size < 1 || size > properties.maxSize()) {
      problems.add(new FieldProblem(SIZE, messages.get("paging.size.invalid", sizeText.strip(),
          properties.maxSize())));
      size = null;
    }
    Long page = whole(pageText);
    if (blank(pageText)) {
      page = 0L;
    } else if (page == null || page < 0) {
      problems.add(new FieldProblem(PAGE, messages.get("paging.page.invalid", pageText.strip())));
    } else if (size != null && page > Integer.MAX_VALUE / size - 1) {
      // the first row of the page, page × size, must stay within what the database is asked to skip
      problems.add(new FieldProblem(PAGE, messages.get("paging.page.tooLarge", pageText.strip(), size,
          Integer.MAX_VALUE / size - 1)));
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    return PageRequest.of(page.intValue(), size.intValue());
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** The whole number written (ASCII digits, an optional minus), or null when the text is none. */
  private static Long whole(String text) {
    if (blank(text) || !text.strip().matches("-?[0-9]{1,18}")) {
      return null;
    }
    return Long.parseLong(text.strip());
  }
}
