package cn.suzhou.shuanglian.platform.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The domain API reads request bodies strictly, so that a value is refused with its field named
 * rather than silently changed: 1.5 for a whole number is an error (never truncated to 1), a number
 * or true/false for a text and a number for a yes/no are errors, and a field the request does not
 * have is an error (a misspelt {@code dayz} is not quietly ignored). Only the HTTP message converter
 * of Spring MVC gets these settings; the application's own {@link ObjectMapper} (process variables,
 * form rows) keeps Spring Boot's defaults.
 */
@Configuration(proxyBeanMethods = false)
public class StrictRequestJson implements WebMvcConfigurer {

  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    for (HttpMessageConverter<?> converter : converters) {
      if (converter instanceof MappingJackson2HttpMessageConverter jackson) {
        jackson.setObjectMapper(strict(jackson.getObjectMapper()));
      }
    }
  }

  /** A copy of the mapper that refuses floats for whole numbers, scalars of another kind and unknown fields. */
  public static ObjectMapper strict(ObjectMapper mapper) {
    ObjectMapper strict = mapper.copy()
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    strict.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    strict.coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    strict.coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    strict.coercionConfigFor(LogicalType.Float)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return strict;
  }
}
