package cn.suzhou.shuanglian.platform.unicode;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.sourceunit.SourceUnit;
import cn.suzhou.shuanglian.sourceunit.SourceUnitRepository;
import cn.suzhou.shuanglian.sourceunit.SourceUnitType;
import cn.suzhou.shuanglian.support.TestData;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/**
 * 生僻字 (CJK Extension B–G) and emoji round-trip through the engine's tables — runtime variables,
 * history, business keys — and the domain tables, on every database (MySQL/MariaDB: utf8mb4).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class FullUnicodeContract {

  /** 𠮷 (Ext B), 𡒄 (Ext B), 𪚥 (Ext C), 𫝀 (Ext D), 𬺰 (Ext E), 𮯠 (Ext F), 𰻞 (Ext G), and emoji. */
  static final String RARE = "𠮷𡒄𪚥𫝀𬺰𮯠𰻞 王𠮷祥 🚀🧪👩‍🔬";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ApplicationContext context;

  @Test
  @DisplayName("生僻字 and emoji in a process variable, a business key and a task variable read back intact, runtime and history")
  void engineTablesKeepEveryCharacter() {
    String deployment = repositoryService.createDeployment().addModelInstance("unicodeProbe.bpmn",
        Bpmn.createExecutableProcess("unicodeProbe").camundaHistoryTimeToLive(1).name("生僻字探针")
            .startEvent().userTask("wait").name("等待 𠮷").endEvent().done()).deploy().getId();
    try {
      String instance = runtimeService.startProcessInstanceByKey("unicodeProbe", "案件-" + RARE,
          Map.of("probeTitle", RARE, "probeLong", RARE.repeat(100))).getId();
      String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
      taskService.setVariableLocal(task, "probeComment", "意见：" + RARE);

      assertThat(runtimeService.getVariable(instance, "probeTitle")).isEqualTo(RARE);
      assertThat(runtimeService.getVariable(instance, "probeLong")).isEqualTo(RARE.repeat(100));
      assertThat(taskService.getVariableLocal(task, "probeComment")).isEqualTo("意见：" + RARE);
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("案件-" + RARE).count())
          .isEqualTo(1);
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
          .variableName("probeTitle").singleResult().getValue()).isEqualTo(RARE);
      assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
          .getBusinessKey()).isEqualTo("案件-" + RARE);
    } finally {
      repositoryService.deleteDeployment(deployment, true, true);
    }
  }

  @Test
  @DisplayName("every table of the database holds full Unicode (utf8mb4_bin on MySQL/MariaDB)")
  void everyTableIsFullUnicode() throws Exception {
    try (var connection = context.getBean(javax.sql.DataSource.class).getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
      if (product.contains("mysql") || product.contains("mariadb")) {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery(
            "SELECT TABLE_NAME, TABLE_COLLATION FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_TYPE = 'BASE TABLE' AND TABLE_COLLATION <> 'utf8mb4_bin'")) {
          java.util.List<String> others = new java.util.ArrayList<>();
          while (rs.next()) {
            others.add(rs.getString(1) + " " + rs.getString(2));
          }
          assertThat(others).as("tables not in utf8mb4_bin").isEmpty();
        }
        try (var statement = connection.createStatement(); var rs = statement.executeQuery(
            "SELECT COUNT(*) FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()"
                + " AND TABLE_NAME LIKE 'ACT%'")) {
          rs.next();
          assertThat(rs.getInt(1)).as("the engine's foreign keys are back after the conversion").isGreaterThan(30);
        }
      }
    }
  }

  @Test
  @DisplayName("an existing database with 3-byte utf8 tables (as Camunda's scripts make them) is converted at start-up, data kept")
  void existingTablesAreConverted() throws Exception {
    var dataSource = context.getBean(javax.sql.DataSource.class);
    try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
      if (!product.contains("mysql") && !product.contains("mariadb")) {
        return;  // H2 stores every character as it is
      }
      statement.execute("INSERT INTO ACT_HI_COMMENT (ID_, TYPE_, TIME_, MESSAGE_) VALUES ('utf8-probe', 'comment', NOW(), '旧数据 保留')");
      statement.execute("ALTER TABLE ACT_HI_COMMENT CONVERT TO CHARACTER SET utf8 COLLATE utf8_bin");
      context.getBean(cn.suzhou.shuanglian.platform.config.FullUnicodeTables.class)
          .postProcessEngineBuild(context.getBean(org.camunda.bpm.engine.ProcessEngine.class));
      try (var rs = statement.executeQuery("SELECT TABLE_COLLATION FROM information_schema.TABLES"
          + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ACT_HI_COMMENT'")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("utf8mb4_bin");
      }
      statement.execute("UPDATE ACT_HI_COMMENT SET MESSAGE_ = CONCAT(MESSAGE_, '：𠮷🚀') WHERE ID_ = 'utf8-probe'");
      try (var rs = statement.executeQuery("SELECT MESSAGE_ FROM ACT_HI_COMMENT WHERE ID_ = 'utf8-probe'")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("旧数据 保留：𠮷🚀");
      }
      statement.execute("DELETE FROM ACT_HI_COMMENT WHERE ID_ = 'utf8-probe'");
    }
  }

  @Test
  @DisplayName("生僻字 and emoji in a domain row (a source unit's name) read back intact")
  void domainTablesKeepEveryCharacter() {
    var units = context.getBean(SourceUnitRepository.class);
    String code = new TestData(context).id("u").replace(".", "");
    String name = "𠮷𡒄研究院🚀" + code;
    units.saveAndFlush(new SourceUnit(code, name, SourceUnitType.RESEARCH_INSTITUTE, true, "宿州市",
        new java.math.BigDecimal("33.630000"), new java.math.BigDecimal("117.020000")));
    assertThat(units.findById(code).orElseThrow().getName()).isEqualTo(name);
  }
}
