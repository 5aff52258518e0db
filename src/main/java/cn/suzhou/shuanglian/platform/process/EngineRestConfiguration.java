package cn.suzhou.shuanglian.platform.process;

import cn.suzhou.shuanglian.platform.web.Messages;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST resources at /engine-rest, plus the project's mapping of process-rule violations and
 * the check of typed variables ({@link EngineRestVariableTypes}).
 */
@Component
public class EngineRestConfiguration extends CamundaJerseyResourceConfig {

  private final ObjectProvider<ProcessEngine> engine;
  private final Messages messages;

  public EngineRestConfiguration(ObjectProvider<ProcessEngine> engine, Messages messages) {
    this.engine = engine;
    this.messages = messages;
  }

  @Override
  protected void registerAdditionalResources() {
    register(EngineRestValidationMapper.class);
    register(EngineRestValidationMapper.Unwrapped.class);
    register(new EngineRestVariableTypes(engine::getObject, messages));
  }
}
