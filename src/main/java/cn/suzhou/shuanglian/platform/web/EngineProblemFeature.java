package cn.suzhou.shuanglian.platform.web;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Registers {@link EngineProblemMappers} in every Jersey application of this server: Camunda's REST
 * at {@code /engine-rest} and the webapps' own APIs under {@code /camunda/api}, which Camunda's
 * webapp initializer creates without a hook of ours (found through
 * {@code META-INF/services/org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable}).
 */
public class EngineProblemFeature implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(EngineProblemMappers.AnyFailure.class)) {
      context.register(EngineProblemMappers.AnyFailure.class);
      context.register(EngineProblemMappers.EngineFailure.class);
      context.register(EngineProblemMappers.RestFailure.class);
      context.register(EngineProblemMappers.JsonMappingFailure.class);
      context.register(EngineProblemMappers.JsonParseFailure.class);
      context.register(EngineVariableTypes.class);
    }
  }
}
