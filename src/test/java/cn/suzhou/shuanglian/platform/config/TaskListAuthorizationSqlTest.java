package cn.suzhou.shuanglian.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.platform.config.TaskListAuthorizationSql.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rewrite of the engine's task and variable queries, on statements in the shape Camunda 7.24
 * builds for MySQL (the MariaDB tests run it on the engine's real statements).
 */
class TaskListAuthorizationSqlTest {

  static final String GRANTS_OF_USER = "( SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ( ?, '*')"
      + " OR A.GROUP_ID_ IN ( ? ) ) AND ( ( A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? OR A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? ) ) )";
  static final String TASK_LIST = "select distinct RES.REV_, RES.ID_, RES.CREATE_TIME_ from ACT_RU_TASK RES"
      + " left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_ left join " + GRANTS_OF_USER
      + " AUTH ON (AUTH.RESOURCE_ID_ = RES.ID_ OR AUTH.RESOURCE_ID_ = D.KEY_ OR AUTH.RESOURCE_ID_ = '*' )"
      + " WHERE ( 1 = 1 and RES.SUSPENSION_STATE_ = 1 ) and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) )"
      + " and (RES.TENANT_ID_ is null ) order by RES.CREATE_TIME_ desc LIMIT ? OFFSET ?";

  @Test
  @DisplayName("a task list: the user's grants once as a CTE, one semi-join per compared id, '*' first; parameters keep their order")
  void taskList() {
    String sql = TaskListAuthorizationSql.rewrite(TASK_LIST, Kind.TASK_LIST).orElseThrow();

    assertThat(sql).startsWith("WITH USER_GRANTS AS (" + GRANTS_OF_USER.substring(1, GRANTS_OF_USER.length() - 1) + ") ");
    assertThat(sql).contains("(EXISTS (SELECT 1 FROM USER_GRANTS G WHERE G.RESOURCE_ID_ = '*')"
        + " OR RES.ID_ IN (SELECT G.RESOURCE_ID_ FROM USER_GRANTS G) OR D.KEY_ IN (SELECT G.RESOURCE_ID_ FROM USER_GRANTS G))");
    assertThat(sql).doesNotContain("AUTH.").doesNotContain("AUTH ON").doesNotContain("left join (");
    assertThat(sql.chars().filter(c -> c == '?').count()).isEqualTo(TASK_LIST.chars().filter(c -> c == '?').count());
    assertThat(sql.indexOf("LIMIT ?")).isGreaterThan(sql.lastIndexOf("A.PERMS_ & ? = ?"));
    assertThat(sql).as("one row per task: no DISTINCT").contains(") select RES.REV_");
  }

  static final String JOINED = TASK_LIST.replace(" left join ACT_RE_PROCDEF D", " left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_"
      + " left join ACT_RE_PROCDEF D").replace("1 = 1 and", "1 = 1 and I.TYPE_ = 'candidate' and I.GROUP_ID_ IN ( ? ) and");

  @Test
  @DisplayName("a task list joined to identity links keeps its DISTINCT (a task can match two of the user's groups), on the page's ids")
  void distinctStaysWithIdentityLinks() {
    String sql = TaskListAuthorizationSql.rewrite(JOINED, Kind.TASK_LIST).orElseThrow();

    assertThat(sql).contains(") select RES.REV_, RES.ID_, RES.CREATE_TIME_ from ACT_RU_TASK RES join (select distinct RES.ID_ AS PAGE_ID_,"
        + " RES.CREATE_TIME_ AS PAGE_SORT_0_ from ACT_RU_TASK RES left join ACT_RU_IDENTITYLINK I");
    assertThat(sql).endsWith(" order by PAGE_SORT_0_ desc LIMIT ? OFFSET ?) PAGE on PAGE.PAGE_ID_ = RES.ID_ order by PAGE.PAGE_SORT_0_ desc");
    assertThat(sql.chars().filter(c -> c == '?').count()).isEqualTo(JOINED.chars().filter(c -> c == '?').count());
    assertThat(TaskListAuthorizationSql.rewrite(TASK_LIST, Kind.OTHER).orElseThrow()).contains(") select distinct RES.REV_");
  }

  @Test
  @DisplayName("the page is chosen on ids only when the list is sorted by the task's own columns and paged")
  void pageFirstOnlyForItsShape() {
    String twoColumns = JOINED.replace("order by RES.CREATE_TIME_ desc", "order by RES.CREATE_TIME_ desc, RES.NAME_ asc");
    assertThat(TaskListAuthorizationSql.rewrite(twoColumns, Kind.TASK_LIST).orElseThrow())
        .contains("RES.CREATE_TIME_ AS PAGE_SORT_0_, RES.NAME_ AS PAGE_SORT_1_")
        .contains("order by PAGE_SORT_0_ desc, PAGE_SORT_1_ asc LIMIT ? OFFSET ?)")
        .endsWith("order by PAGE.PAGE_SORT_0_ desc, PAGE.PAGE_SORT_1_ asc");
    String byVariable = JOINED.replace("order by RES.CREATE_TIME_ desc", "order by VAR0_.TEXT_ asc");
    assertThat(TaskListAuthorizationSql.rewrite(byVariable, Kind.TASK_LIST).orElseThrow()).contains(") select distinct RES.REV_");
    String unpaged = JOINED.replace(" LIMIT ? OFFSET ?", "");
    assertThat(TaskListAuthorizationSql.rewrite(unpaged, Kind.TASK_LIST).orElseThrow()).contains(") select distinct RES.REV_");
    String computed = JOINED.replace("RES.CREATE_TIME_ from", "RES.CREATE_TIME_, D.KEY_ from");
    assertThat(TaskListAuthorizationSql.rewrite(computed, Kind.TASK_LIST).orElseThrow()).contains(") select distinct RES.REV_");
  }

  @Test
  @DisplayName("the variable query's five compared ids become five semi-joins")
  void variables() {
    String variables = "select distinct RES.* from ( select RES.* from ACT_RU_VARIABLE RES left join ACT_RU_EXECUTION PROC_EXECUTION"
        + " on PROC_EXECUTION.ID_ = RES.PROC_INST_ID_ left join ACT_RE_PROCDEF PROCDEF on PROCDEF.ID_ = PROC_EXECUTION.PROC_DEF_ID_"
        + " left join " + GRANTS_OF_USER + " AUTH ON (AUTH.RESOURCE_ID_ = RES.PROC_INST_ID_ OR AUTH.RESOURCE_ID_ = PROC_EXECUTION.ID_"
        + " OR AUTH.RESOURCE_ID_ = PROCDEF.KEY_ OR AUTH.RESOURCE_ID_ = RES.TASK_ID_ OR AUTH.RESOURCE_ID_ = '*' )"
        + " WHERE RES.NAME_ in ( ? ) and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) ) ) RES"
        + " order by RES.ID_ asc LIMIT ? OFFSET ?";

    String sql = TaskListAuthorizationSql.rewrite(variables, Kind.OTHER).orElseThrow();

    for (String id : new String[] {"RES.PROC_INST_ID_", "PROC_EXECUTION.ID_", "PROCDEF.KEY_", "RES.TASK_ID_"}) {
      assertThat(sql).contains(id + " IN (SELECT G.RESOURCE_ID_ FROM USER_GRANTS G)");
    }
    assertThat(sql).doesNotContain("AUTH.").doesNotContain("AUTH ON").contains("select distinct RES.* from ( select RES.* from ACT_RU_VARIABLE RES");
  }

  @Test
  @DisplayName("statements it does not know run unchanged: no join, H2's IN form, composite checks, parameters before the join")
  void unknownShapesRunUnchanged() {
    assertThat(TaskListAuthorizationSql.rewrite("select distinct RES.ID_ from ACT_RU_TASK RES WHERE RES.ID_ = ?",
        Kind.TASK_LIST)).isEmpty();
    assertThat(TaskListAuthorizationSql.rewrite(TASK_LIST.replace(
        "AUTH.RESOURCE_ID_ = RES.ID_ OR AUTH.RESOURCE_ID_ = D.KEY_ OR AUTH.RESOURCE_ID_ = '*'",
        "AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')"), Kind.TASK_LIST)).isEmpty();
    assertThat(TaskListAuthorizationSql.rewrite(TASK_LIST.replace("(AUTH.RESOURCE_ID_ IS NOT NULL)",
        "(AUTH.RESOURCE_ID_ IS NOT NULL AND AUTH1.RESOURCE_ID_ IS NOT NULL)"), Kind.TASK_LIST)).isEmpty();
    assertThat(TaskListAuthorizationSql.rewrite(TASK_LIST.replace("RES.CREATE_TIME_ from", "RES.CREATE_TIME_, ? X from"),
        Kind.TASK_LIST)).isEmpty();
  }

  @Test
  @DisplayName("it applies to the engine's task and variable list and count statements only")
  void statements() {
    assertThat(TaskListAuthorizationSql.kindOf("org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria"))
        .contains(Kind.TASK_LIST);
    assertThat(TaskListAuthorizationSql.kindOf("selectTaskCountByQueryCriteria")).contains(Kind.OTHER);
    assertThat(TaskListAuthorizationSql.kindOf(
        "org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity.selectVariableInstanceByQueryCriteria"))
        .contains(Kind.OTHER);
    assertThat(TaskListAuthorizationSql.kindOf("org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity.selectExecutionsByQueryCriteria"))
        .isEmpty();
  }
}
