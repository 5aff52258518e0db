package cn.suzhou.loadbench.bare;

import cn.suzhou.loadbench.probe.SqlProbe;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Load benchmark only (docs/performance.md): the bare Camunda 7 engine the project is measured
 * against — Camunda's starters and nothing of the project: history level {@code full}, authorization
 * on, {@code /engine-rest} behind Camunda's own HTTP Basic filter, one administrator. It runs the
 * project's BPMN models with the project's code taken out at deploy time (Camunda model API): every
 * service, send and business-rule task becomes {@code camunda:expression="${true}"}, every execution
 * and task listener is removed, a user task's assignment, candidate or date expression that calls
 * a bean is dropped (the benchmark drives it as the administrator, who needs none) and a date read
 * from a variable only the project's delegates set is left empty when that variable is missing, a
 * multi-instance collection that a bean computes is read from a variable the driver sends with the
 * start (element variable + "s": {@code districtCodes}), and a timer date a bean computes becomes a
 * date a year ahead. DMN tables and
 * Camunda Forms are deployed unchanged. The project application's classpath is shared, so the
 * project's own auto-configured parts (Flyway, JPA, Spring Security, Spring Session, springdoc) are
 * excluded and its application.yaml is not read ({@code spring.config.name}).
 */
@SpringBootApplication(excludeName = {
    "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
    "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
    "org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration",
    "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
    "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
    "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration",
    "org.springframework.boot.autoconfigure.session.SessionAutoConfiguration"})
public class BareEngineApplication {

  public static void main(String[] args) {
    SpringApplication app = new SpringApplication(BareEngineApplication.class, SqlProbe.class);
    Map<String, Object> defaults = new HashMap<>();
    defaults.put("spring.config.name", "loadbench-bare");
    defaults.put("camunda.bpm.history-level", "full");
    defaults.put("camunda.bpm.authorization.enabled", "true");
    defaults.put("camunda.bpm.auto-deployment-enabled", "false");
    defaults.put("camunda.bpm.database.schema-update", "true");
    defaults.put("camunda.bpm.admin-user.id", "admin");
    defaults.put("camunda.bpm.admin-user.password", "Suzhou#2025");
    // the project's history settings (application.yaml), so that both write the same history
    defaults.put("camunda.bpm.generic-properties.properties.history-time-to-live", "P1800D");
    defaults.put("camunda.bpm.generic-properties.properties.history-removal-time-strategy", "start");
    defaults.put("springdoc.api-docs.enabled", "false");
    defaults.put("springdoc.swagger-ui.enabled", "false");
    app.setDefaultProperties(defaults);
    app.run(args);
  }

  /** Camunda's own authentication of the REST API: HTTP Basic against the engine's identity service. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestBasicAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> filter =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    filter.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    filter.addUrlPatterns("/engine-rest/*");
    filter.setName("camunda-auth");
    return filter;
  }

  /** The project's models without the project's code, deployed once at start-up. */
  @Bean
  ApplicationRunner deployProjectShapes(RepositoryService repository) {
    return args -> {
      PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
      DeploymentBuilder deployment = repository.createDeployment().name("project-shapes").enableDuplicateFiltering(true);
      for (Resource bpmn : resolver.getResources("classpath*:processes/**/*.bpmn")) {
        try (InputStream in = bpmn.getInputStream()) {
          deployment.addString(bpmn.getFilename(), Bpmn.convertToString(withoutProjectCode(Bpmn.readModelFromStream(in))));
        }
      }
      for (String pattern : List.of("classpath*:processes/**/*.dmn", "classpath*:forms/**/*.form")) {
        for (Resource resource : resolver.getResources(pattern)) {
          deployment.addString(resource.getFilename(), read(resource));
        }
      }
      deployment.deploy();
    };
  }

  static BpmnModelInstance withoutProjectCode(BpmnModelInstance model) {
    String camunda = "http://camunda.org/schema/1.0/bpmn";
    for (Class<? extends ModelElementInstance> type : List.of(ServiceTask.class, SendTask.class, BusinessRuleTask.class)) {
      for (ModelElementInstance task : model.getModelElementsByType(type)) {
        for (String attribute : List.of("class", "delegateExpression", "expression", "type", "topic", "resultVariable",
            "decisionRef", "decisionRefBinding", "decisionRefVersion", "mapDecisionResult", "decisionRefTenantId")) {
          task.removeAttributeNs(camunda, attribute);
        }
        task.setAttributeValueNs(camunda, "expression", "${true}");
      }
    }
    for (Class<? extends ModelElementInstance> type : List.of(CamundaExecutionListener.class, CamundaTaskListener.class)) {
      for (ModelElementInstance listener : List.copyOf(model.getModelElementsByType(type))) {
        listener.getParentElement().removeChildElement(listener);
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      for (String attribute : List.of("assignee", "candidateGroups", "candidateUsers", "dueDate", "followUpDate",
          "priority")) {
        String value = task.getAttributeValueNs(camunda, attribute);
        if (value != null && value.contains("${") && value.contains("(")) {
          task.removeAttributeNs(camunda, attribute);
        }
      }
      // a date read from a variable that the project's delegates set (collectionDueDate, reviewDueDate, …):
      // kept when the variable is there (the driver sends some with the start), otherwise no date
      for (String attribute : List.of("dueDate", "followUpDate")) {
        String value = task.getAttributeValueNs(camunda, attribute);
        if (value != null && value.matches("\\$\\{\\s*[A-Za-z_][A-Za-z0-9_]*\\s*}")) {
          String variable = value.replaceAll("[${}\\s]", "");
          task.setAttributeValueNs(camunda, attribute,
              "${execution.hasVariable('" + variable + "') ? " + variable + " : null}");
        }
      }
    }
    // a multi-instance collection that a bean computes (selectionRound's districts: selectionRounds.districtCodes(…))
    // becomes the process variable named after the element variable plus "s" (districtCodes), sent by the driver
    for (MultiInstanceLoopCharacteristics loop : model.getModelElementsByType(MultiInstanceLoopCharacteristics.class)) {
      String collection = loop.getCamundaCollection();
      if (collection != null && collection.contains("${") && collection.contains("(")) {
        loop.setCamundaCollection("${" + loop.getCamundaElementVariable() + "s}");
      }
    }
    // a timer whose date a bean computes from the project's records (the demand collection's reminder
    // and deadline, a dispatch's year end) fires a year after deployment: the same timer job is
    // written and deleted, and none fires during a run
    String aYearAhead = LocalDate.now().plusYears(1) + "T00:00:00";
    for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
      if (timer.getTimeDate() != null && timer.getTimeDate().getTextContent().contains("(")) {
        timer.getTimeDate().setTextContent(aYearAhead);
      }
      if (timer.getTimeDuration() != null && timer.getTimeDuration().getTextContent().contains("(")) {
        timer.getTimeDuration().setTextContent("P365D");
      }
      if (timer.getTimeCycle() != null && timer.getTimeCycle().getTextContent().contains("(")) {
        timer.getTimeCycle().setTextContent("R/P365D");
      }
    }
    return model;
  }

  private static String read(Resource resource) throws IOException {
    try (InputStream in = resource.getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toString(StandardCharsets.UTF_8);
    }
  }
}
