package cn.suzhou.shuanglian.platform.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of /api: every operation needs HTTP Basic with a user of the Camunda directory. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

  @Bean
  OpenAPI shuanglianApi() {
    return new OpenAPI()
        .info(new Info().title("宿州市双链融合专员管理系统 — domain API").version("1")
            .description("Records of the dual-chain integration commissioner programme (双链融合专员). "
                + "HTTP Basic with the same users and groups as Tasklist; a district official sees only the "
                + "district's records. Errors are RFC 9457 problem+json; texts are Chinese unless "
                + "Accept-Language: en. Processes are started and worked through /engine-rest (Camunda's API)."))
        .components(new Components().addSecuritySchemes("basic",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }
}
