package cn.suzhou.shuanglian.platform.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Arrays;
import cn.suzhou.shuanglian.platform.web.ProblemType;
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
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
            .addSchemas("FieldProblem", fieldProblem())
            .addSchemas("Problem", problem())
            .addResponses("Problem", new ApiResponse()
                .description("Any error (400, 401, 403, 404, 405, 409, 413, 415, 500): RFC 9457 problem details")
                .content(new Content().addMediaType("application/problem+json",
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))))))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }

  /** Every operation's errors are the {@code Problem} response. */
  @Bean
  org.springdoc.core.customizers.OpenApiCustomizer problemResponses() {
    return api -> api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
      if (operation.getResponses() != null) {
        operation.getResponses().addApiResponse("default", new ApiResponse().$ref("#/components/responses/Problem"));
      }
    }));
  }

  /**
   * The one error format of /api, /engine-rest and the webapps' engine API (see the README,
   * "Errors: one format on every API path").
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Schema<?> problem() {
    StringSchema type = new StringSchema();
    type.setEnum(Arrays.stream(ProblemType.values()).map(ProblemType::uri).toList());
    type.description("Stable problem type: branch on it, never on the text");
    return new ObjectSchema()
        .description("RFC 9457 problem details; texts in Chinese, or English with Accept-Language: en")
        .addProperty("type", type)
        .addProperty("title", new StringSchema().description("the type's title in the caller's language"))
        .addProperty("status", new IntegerSchema())
        .addProperty("detail", new StringSchema().description("what went wrong, in the caller's language"))
        .addProperty("instance", new StringSchema().description("the request's path"))
        .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldProblem"))
            .description("for bad input: each field at fault, named as the request wrote it"))
        .addProperty("message", new StringSchema().description("engine API answers only: the detail again, for Camunda's clients"))
        .required(java.util.List.of("type", "title", "status", "detail"));
  }

  private static Schema<?> fieldProblem() {
    return new ObjectSchema()
        .addProperty("field", new StringSchema().description("the request's own field name, e.g. days or rows[2].uscc"))
        .addProperty("message", new StringSchema().description("the rule it broke, in the caller's language"))
        .required(java.util.List.of("field", "message"));
  }
}
