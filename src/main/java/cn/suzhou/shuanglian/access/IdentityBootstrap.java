package cn.suzhou.shuanglian.access;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import cn.suzhou.shuanglian.district.District;
import cn.suzhou.shuanglian.district.Districts;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.sourceunit.SourceUnit;
import cn.suzhou.shuanglian.sourceunit.SourceUnits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates at start-up, idempotently, the groups of DESIGN §1 (one per district and per source unit
 * from the tables), the authorizations each group needs and no more, and the Tasklist filters
 * 我的待办 / 本部门待办 / 全部案件 (the last readable by the city bureau only).
 *
 * <p>Human tasks are visible to their candidate groups and assignees through the engine's default
 * task authorizations; the grants here are the webapps, process definitions and read rights.
 */
@Component
@Order(10)
public class IdentityBootstrap implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(IdentityBootstrap.class);

  public static final String FILTER_MINE = "我的待办";
  public static final String FILTER_DEPARTMENT = "本部门待办";
  public static final String FILTER_ALL = "全部案件";

  /** Processes a commissioner may start (P-20 expert pool, P-06/P-09 service records, P-19 joint projects). */
  static final List<String> COMMISSIONER_STARTABLE = List.of("expertPoolApplication", "serviceRecord",
      "projectApplication");

  /** Processes the city bureau opens (P-01: the selection round; P-18: a scheme on a district's behalf; P-17: a misconduct report). */
  static final List<String> CITY_STARTABLE = List.of("selectionRound", "evaluationScheme", "misconductCase");

  /** Processes a district's S&T department starts (P-18: its evaluation scheme, for the city's approval). */
  static final List<String> DISTRICT_STARTABLE = List.of("evaluationScheme", "misconductCase");

  /** Processes an enterprise contact starts (P-17: reporting the misconduct of a commissioner serving it). */
  static final List<String> ENTERPRISE_STARTABLE = List.of("misconductCase");

  /** Processes whose tasks districts work; they read the definition (name, diagram), not others' instances. */
  static final List<String> DISTRICT_READABLE = List.of("districtDemandCollection", "matching", "agreementSigning",
      "commissionerDispatch", "yearlyEvaluation", "serviceRecord", "projectApplication");

  /** Processes whose tasks commissioners (accept, summarise, renew) work. */
  static final List<String> COMMISSIONER_READABLE = List.of("agreementSigning", "commissionerDispatch", "yearlyEvaluation");

  /** Processes whose tasks enterprise contacts work (P-15 confirming service records, P-18 rating, P-19 joint filing). */
  static final List<String> ENTERPRISE_READABLE = List.of("serviceRecord", "yearlyEvaluation", "projectApplication");

  /** Processes whose tasks source units and co-departments work (releases, countersigns). */
  static final List<String> PARTNER_READABLE = List.of("nomination", "commissionerDispatch", "yearlyEvaluation");

  /** Processes whose tasks source units alone work (P-17: the misconduct decision about their staff). */
  static final List<String> SOURCE_UNIT_READABLE = List.of("misconductCase");

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final Districts districts;
  private final SourceUnits sourceUnits;

  public IdentityBootstrap(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService, Districts districts,
      SourceUnits sourceUnits) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.districts = districts;
    this.sourceUnits = sourceUnits;
  }

  @Override
  public void run(ApplicationArguments args) {
    synchronise();
  }

  /** Brings groups, grants and filters to the state this class describes; safe to call again. */
  public void synchronise() {
    List<String> tasklistGroups = new ArrayList<>();
    for (Groups.Fixed fixed : Groups.FIXED) {
      ensureGroup(fixed.id(), fixed.name(), fixed.id().equals(Groups.ADMIN) ? "SYSTEM" : "WORKFLOW");
    }
    tasklistGroups.add(Groups.CITY);
    Groups.CO_DEPARTMENTS.forEach(d -> tasklistGroups.add(d.id()));
    tasklistGroups.add(Groups.COMMISSIONERS);
    tasklistGroups.add(Groups.ENTERPRISES);
    for (District district : districts.findByActiveTrueOrderBySortOrder()) {
      ensureGroup(district.groupId(), district.getName() + "科技部门", "WORKFLOW");
      tasklistGroups.add(district.groupId());
    }
    for (SourceUnit unit : sourceUnits.findAllByOrderByCode()) {
      ensureGroup(unit.groupId(), unit.getName() + "（派出单位）", "WORKFLOW");
      tasklistGroups.add(unit.groupId());
    }

    // Administrators: Camunda grants the camunda-admin group nothing by itself (its Admin setup page
    // normally creates these grants): ALL on every resource.
    for (Resources resource : Resources.values()) {
      grant(Groups.ADMIN, resource, "*", Permissions.ALL);
    }

    // Webapps: officials, commissioners and enterprises work in Tasklist; managers watch in Cockpit.
    for (String group : tasklistGroups) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(group, Resources.USER, "*", Permissions.READ);   // names of assignees in Tasklist
      grant(group, Resources.GROUP, "*", Permissions.READ);  // names of candidate groups
    }
    grant(Groups.PROCESS_MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(Groups.PROCESS_MANAGERS, Resources.USER, "*", Permissions.READ);   // who works a case, in Cockpit
    grant(Groups.PROCESS_MANAGERS, Resources.GROUP, "*", Permissions.READ);

    // Starting processes (P-20, P-06/P-09): commissioners apply and log services; the city may file on a
    // commissioner's behalf.
    for (String processKey : COMMISSIONER_STARTABLE) {
      grant(Groups.COMMISSIONERS, Resources.PROCESS_DEFINITION, processKey,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant(Groups.CITY, Resources.PROCESS_DEFINITION, processKey,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
    for (String processKey : CITY_STARTABLE) {
      grant(Groups.CITY, Resources.PROCESS_DEFINITION, processKey,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
    for (District district : districts.findByActiveTrueOrderBySortOrder()) {
      for (String processKey : DISTRICT_READABLE) {
        grant(district.groupId(), Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ);
      }
      for (String processKey : DISTRICT_STARTABLE) {
        grant(district.groupId(), Resources.PROCESS_DEFINITION, processKey,
            ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
      }
      grant(district.groupId(), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
    COMMISSIONER_READABLE.forEach(key -> grant(Groups.COMMISSIONERS, Resources.PROCESS_DEFINITION, key,
        ProcessDefinitionPermissions.READ));
    ENTERPRISE_READABLE.forEach(key -> grant(Groups.ENTERPRISES, Resources.PROCESS_DEFINITION, key,
        ProcessDefinitionPermissions.READ));
    ENTERPRISE_STARTABLE.forEach(key -> grant(Groups.ENTERPRISES, Resources.PROCESS_DEFINITION, key,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE));
    grant(Groups.ENTERPRISES, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    for (String processKey : PARTNER_READABLE) {
      Groups.CO_DEPARTMENTS.forEach(d -> grant(d.id(), Resources.PROCESS_DEFINITION, processKey,
          ProcessDefinitionPermissions.READ));
      for (SourceUnit unit : sourceUnits.findAllByOrderByCode()) {
        grant(unit.groupId(), Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ);
      }
    }
    for (SourceUnit unit : sourceUnits.findAllByOrderByCode()) {
      SOURCE_UNIT_READABLE.forEach(key -> grant(unit.groupId(), Resources.PROCESS_DEFINITION, key,
          ProcessDefinitionPermissions.READ));
    }
    grant(Groups.COMMISSIONERS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    grant(Groups.CITY, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE, Permissions.READ);

    // The city bureau leads the programme (P-03): it reads every case and task (全部案件).
    grant(Groups.CITY, Resources.PROCESS_DEFINITION, "*",
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK);
    grant(Groups.CITY, Resources.TASK, "*", Permissions.READ);
    grant(Groups.CITY, Resources.DECISION_DEFINITION, "*", Permissions.READ);

    // Process managers monitor in Cockpit, read-only.
    grant(Groups.PROCESS_MANAGERS, Resources.PROCESS_DEFINITION, "*",
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK);
    grant(Groups.PROCESS_MANAGERS, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
    grant(Groups.PROCESS_MANAGERS, Resources.TASK, "*", Permissions.READ);
    grant(Groups.PROCESS_MANAGERS, Resources.DEPLOYMENT, "*", Permissions.READ);
    grant(Groups.PROCESS_MANAGERS, Resources.DECISION_DEFINITION, "*", Permissions.READ);
    grant(Groups.PROCESS_MANAGERS, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);

    ensureFilters();
    LOG.info("identity: {} groups with Tasklist access, filters {}, {}, {}", tasklistGroups.size(),
        FILTER_MINE, FILTER_DEPARTMENT, FILTER_ALL);
  }

  public void ensureGroup(String id, String name, String type) {
    Group group = identityService.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identityService.newGroup(id);
    } else if (name.equals(group.getName()) && type.equals(group.getType())) {
      return;
    }
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
        .singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (hasAll(authorization, permissions)) {
      return;
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }

  private static boolean hasAll(Authorization authorization, Permission... permissions) {
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        return false;
      }
    }
    return true;
  }

  private void ensureFilters() {
    List<Map<String, String>> columns = List.of(
        Map.of("name", "caseTitle", "label", "案件"),
        Map.of("name", "districtName", "label", "县区/园区"),
        Map.of("name", "applicantName", "label", "申请人"));
    Filter mine = ensureFilter(FILTER_MINE, taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
        Map.of("description", "分配给我的任务", "priority", -10, "refresh", true, "variables", columns));
    Filter department = ensureFilter(FILTER_DEPARTMENT,
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(),
        Map.of("description", "我所在部门（候选组）的任务，含同事已认领的", "priority", 0, "refresh", true, "variables", columns));
    Filter all = ensureFilter(FILTER_ALL, taskService.createTaskQuery(),
        Map.of("description", "全市所有在办案件的任务（仅市科技局）", "priority", 10, "refresh", true, "variables", columns));

    grantGlobal(mine.getId());
    grantGlobal(department.getId());
    grant(Groups.CITY, Resources.FILTER, all.getId(), Permissions.READ);
  }

  private Filter ensureFilter(String name, TaskQuery query, Map<String, Object> properties) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    filter.setOwner(null);
    filter.setQuery(query);
    filter.setProperties(properties);
    return filterService.saveFilter(filter);
  }

  private void grantGlobal(String filterId) {
    boolean present = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GLOBAL).resourceType(Resources.FILTER).resourceId(filterId).count() > 0;
    if (!present) {
      Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
      authorization.setUserId(Authorization.ANY);
      authorization.setResource(Resources.FILTER);
      authorization.setResourceId(filterId);
      authorization.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(authorization);
    }
  }
}
