package cn.suzhou.shuanglian.platform.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON of the domain API writes every character as itself in UTF-8: a name with 𠮷 or an emoji
 * reads "𠮷", not the escaped surrogate pair "\uD842\uDFB7" (valid JSON, but not what a person
 * reading a log or a response expects).
 */
@Configuration(proxyBeanMethods = false)
public class JsonConfiguration {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer charactersAsThemselves() {
    return builder -> builder.factory(JsonFactory.builder()
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .build());
  }
}
