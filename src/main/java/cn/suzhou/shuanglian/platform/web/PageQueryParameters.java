package cn.suzhou.shuanglian.platform.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The OpenAPI description of a paged list's {@code page} and {@code size} (the method's
 * {@link org.springframework.data.domain.Pageable} itself is hidden from the document).
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Parameter(in = ParameterIn.QUERY, name = PageParameters.PAGE,
    description = "0-based page number (default 0); the response's X-Total-Count header counts the rows of every "
        + "page, its Link header (RFC 8288) names the first, prev, next and last page",
    schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
@Parameter(in = ParameterIn.QUERY, name = PageParameters.SIZE,
    description = "rows a page, 1 to shuanglian.api.paging.max-size (default 200); default "
        + "shuanglian.api.paging.default-size (default 50); anything else is a 400 naming size",
    schema = @Schema(type = "integer", minimum = "1", defaultValue = "50"))
public @interface PageQueryParameters {}
