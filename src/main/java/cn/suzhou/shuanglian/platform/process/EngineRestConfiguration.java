package cn.suzhou.shuanglian.platform.process;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's REST resources at /engine-rest, plus the project's mapping of process-rule violations. */
@Component
public class EngineRestConfiguration extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(EngineRestValidationMapper.class);
  }
}
