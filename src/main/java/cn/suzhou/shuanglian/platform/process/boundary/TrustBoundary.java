package cn.suzhou.shuanglian.platform.process.boundary;

import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.platform.web.LocalizedRefusal;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.process.contract.ProcessContract;
import cn.suzhou.shuanglian.platform.process.contract.ProcessContract.UserTask;
import cn.suzhou.shuanglian.platform.process.contract.ProcessContracts;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import cn.suzhou.shuanglian.platform.web.Messages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The engine's door for people: every command asked for over {@code /engine-rest} or the webapps'
 * engine API by anyone but an administrator passes here first (an engine command interceptor, so
 * no path around it exists). The engine's variables are user input; the domain is the truth:
 * <ul>
 *   <li>a start or a task completion carries only the fields its {@link ProcessContract} declares
 *       (400 naming each other field, nothing written); read-only form fields only unchanged;
 *       a list's rows only their declared fields;</li>
 *   <li>nobody writes process, task or execution variables directly, correlates messages, sends
 *       signals, modifies, restarts or edits tasks (403);</li>
 *   <li>candidates claim, unclaim and complete; reassigning, delegating and changing candidates is
 *       for the city bureau (any case) and a district for its own district's tasks, never to a
 *       person the policy keeps from the task ({@link ProcessContract#excludedWorkers}) and a
 *       district only to its own officials (403);</li>
 *   <li>engine metrics only for process managers and administrators; users' e-mail addresses only
 *       for them and the user themself.</li>
 * </ul>
 * Commands run inside another command (delegates), by the domain API and by the job executor are
 * the application's own and pass unchecked.
 */
public class TrustBoundary extends CommandInterceptor {

  /** Commands no person but an administrator may ask for over the engine's APIs. */
  private static final Set<String> FORBIDDEN = Set.of(
      "HandleTaskBpmnErrorCmd", "HandleTaskEscalationCmd", "CorrelateMessageCmd", "CorrelateAllMessageCmd",
      "MessageEventReceivedCmd", "SignalEventReceivedCmd", "SignalCmd", "ModifyProcessInstanceCmd",
      "ModifyProcessInstanceAsyncCmd", "ProcessInstanceModificationCmd", "ProcessInstanceModificationBatchCmd",
      "RestartProcessInstancesCmd", "EvaluateStartConditionCmd", "SaveTaskCmd", "CreateTaskCmd", "DeleteTaskCmd",
      "StartProcessInstanceAtActivitiesCmd", "SetTaskPriorityCmd", "SetTaskOwnerCmd");

  private final ProcessEngineConfigurationImpl engine;
  private final Supplier<ProcessContracts> contracts;
  private final Messages messages;
  private final ObjectMapper json = new ObjectMapper();

  public TrustBoundary(ProcessEngineConfigurationImpl engine, Supplier<ProcessContracts> contracts, Messages messages) {
    this.engine = engine;
    this.contracts = contracts;
    this.messages = messages;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (!EngineCallers.isUntrusted() || Context.getCommandContext() != null) {
      return next.execute(command);
    }
    Authentication caller = engine.getIdentityService().getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null || isAdmin(caller)) {
      return next.execute(command);  // without an authenticated user the engine's authorization refuses
    }
    asSystem(caller, () -> {
      check(command, caller);
      return null;
    });
    return withoutOthersEmails(next.execute(command), caller);
  }

  private void check(Command<?> command, Authentication caller) {
    String name = command.getClass().getSimpleName();
    if (command instanceof CompleteTaskCmd) {
      checkCompletion(field(command, "taskId"), field(command, "variables"));
    } else if (command instanceof SubmitTaskFormCmd) {
      checkCompletion(field(command, "taskId"), field(command, "properties"));
    } else if (command instanceof StartProcessInstanceCmd) {
      ProcessInstantiationBuilderImpl builder = field(command, "instantiationBuilder");
      checkStart(builder.getProcessDefinitionId(), builder.getProcessDefinitionKey(), builder.getVariables());
    } else if (command instanceof SubmitStartFormCmd) {
      checkStart(field(command, "processDefinitionId"), null, field(command, "variables"));
    } else if (command instanceof ClaimTaskCmd) {
      checkMayWork(task(field(command, "taskId")), field(command, "userId"));
    } else if (command instanceof AssignTaskCmd) {
      checkAssignment(caller, field(command, "taskId"), field(command, "userId"));
    } else if (command instanceof DelegateTaskCmd) {
      checkReassignment(caller, task(field(command, "taskId")), field(command, "userId"), null);
    } else if (command instanceof AbstractAddIdentityLinkCmd && !FORBIDDEN.contains(name)) {
      // AssignTaskCmd is handled above; SetTaskOwnerCmd is forbidden
      checkReassignment(caller, task(field(command, "taskId")), field(command, "userId"), field(command, "groupId"));
    } else if (command instanceof DeleteIdentityLinkCmd) {
      checkReassignment(caller, task(field(command, "taskId")), null, null);
    } else if (FORBIDDEN.contains(name) || writesVariables(name)) {
      throw forbidden("boundary.variables.forbidden");
    } else if (readsMetrics(command) && !monitorsProcesses(caller)) {
      throw forbidden("boundary.read.needToKnow");
    }
  }

  // ---- starts and completions: only declared fields ----

  private void checkCompletion(String taskId, Map<String, ?> submitted) {
    if (submitted == null || submitted.isEmpty()) {
      return;
    }
    Task task = task(taskId);
    if (task == null) {
      return;  // the engine answers for an unknown task
    }
    String processKey = processKey(task.getProcessDefinitionId(), null);
    UserTask spec = contract(processKey).flatMap(c -> c.userTask(task.getTaskDefinitionKey()))
        .orElseThrow(() -> forbidden("boundary.task.noContract"));
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<String, ?> entry : submitted.entrySet()) {
      String field = entry.getKey();
      Optional<Var<?>> input = find(spec.inputs(), field);
      if (input.isPresent()) {
        checkRows(input.get(), entry.getValue(), problems);
      } else if (find(spec.shown(), field).isPresent()) {
        Object current = engine.getTaskService().getVariable(taskId, field);
        if (!sameValue(plain(entry.getValue()), current)) {
          problems.add(new Problem(field, messages.get("boundary.field.readOnly", field)));
        }
      } else {
        problems.add(new Problem(field, messages.get("boundary.field.undeclared", field)));
      }
    }
    refuseIf(problems);
  }

  private void checkStart(String definitionId, String definitionKey, Map<String, ?> submitted) {
    String processKey = processKey(definitionId, definitionKey);
    ProcessContract contract = contract(processKey).orElseThrow(() -> forbidden("boundary.start.notByPeople"));
    if (!contract.start().startable()) {
      throw forbidden("boundary.start.notByPeople");
    }
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<String, ?> entry : (submitted == null ? Map.<String, Object>of() : submitted).entrySet()) {
      Optional<Var<?>> input = find(contract.start().accepted(), entry.getKey());
      if (input.isPresent()) {
        checkRows(input.get(), entry.getValue(), problems);
      } else {
        problems.add(new Problem(entry.getKey(), messages.get("boundary.field.undeclared", entry.getKey())));
      }
    }
    refuseIf(problems);
  }

  private void checkRows(Var<?> input, Object value, List<Problem> problems) {
    FieldTypes.mismatch(input, plain(value))
        .ifPresent(key -> problems.add(new Problem(input.name(), messages.get(key, input.name()))));
    if (!input.isList()) {
      return;
    }
    JsonNode rows = jsonOf(plain(value));
    if (rows == null || !rows.isArray()) {
      return;  // the process's own rules name a malformed list
    }
    for (int i = 0; i < rows.size(); i++) {
      Iterator<String> names = rows.get(i).fieldNames();
      while (names.hasNext()) {
        String rowField = names.next();
        if (!input.rowFields().contains(rowField)) {
          problems.add(new Problem(input.name() + "[" + i + "]." + rowField,
              messages.get("boundary.field.rowUndeclared", input.name(), i + 1, rowField)));
        }
      }
    }
  }

  // ---- who works a task ----

  private void checkAssignment(Authentication caller, String taskId, String assignee) {
    Task task = task(taskId);
    if (task == null) {
      return;
    }
    if (assignee == null && caller.getUserId().equals(task.getAssignee())) {
      return;  // giving back one's own task (unclaim)
    }
    checkReassignment(caller, task, assignee, null);
  }

  private void checkReassignment(Authentication caller, Task task, String userId, String groupId) {
    if (task == null) {
      return;
    }
    if (groupId != null) {
      throw forbidden("boundary.assign.groupOutOfScope");  // candidate groups are the model's, not a person's choice
    }
    boolean city = caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.CITY);
    List<IdentityLink> links = engine.getTaskService().getIdentityLinksForTask(task.getId());
    Set<String> taskGroups = links.stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).collect(Collectors.toSet());
    Set<String> scope = caller.getGroupIds() == null ? Set.of() : caller.getGroupIds().stream()
        .filter(g -> g.startsWith(Groups.DISTRICT_PREFIX) && taskGroups.contains(g)).collect(Collectors.toSet());
    if (!city && scope.isEmpty()) {
      throw forbidden("boundary.assign.outOfScope");
    }
    if (userId == null) {
      return;
    }
    checkMayWork(task, userId);
    boolean candidateUser = links.stream().anyMatch(link -> userId.equals(link.getUserId()));
    Set<String> allowedGroups = new java.util.HashSet<>(city ? taskGroups : scope);
    if (city) {
      allowedGroups.add(Groups.CITY);
    }
    boolean inGroup = allowedGroups.stream().anyMatch(g -> isMember(userId, g));
    if (!(inGroup || (city && candidateUser))) {
      throw forbidden("boundary.assign.groupOutOfScope");
    }
  }

  private void checkMayWork(Task task, String userId) {
    if (task == null || userId == null || task.getProcessInstanceId() == null) {
      return;
    }
    String processKey = processKey(task.getProcessDefinitionId(), null);
    boolean excluded = contract(processKey)
        .map(c -> c.excludedWorkers(task.getProcessInstanceId(), task.getTaskDefinitionKey()).contains(userId))
        .orElse(false);
    if (excluded) {
      throw forbidden("boundary.assign.excluded");
    }
  }

  private boolean isMember(String userId, String groupId) {
    return engine.getIdentityService().createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
  }

  // ---- reads ----

  private static boolean readsMetrics(Command<?> command) {
    String type = command.getClass().getName();
    return type.startsWith("org.camunda.bpm.engine.impl.metrics.") || type.contains("Metrics")
        || type.contains("TaskWorker");
  }

  private static boolean monitorsProcesses(Authentication caller) {
    return caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.PROCESS_MANAGERS);
  }

  /** Users' e-mail addresses only for process managers, administrators and the user themself. */
  private <T> T withoutOthersEmails(T result, Authentication caller) {
    if (monitorsProcesses(caller)) {
      return result;
    }
    if (result instanceof UserEntity user) {
      hideEmail(user, caller);
    } else if (result instanceof Collection<?> items) {
      for (Object item : items) {
        if (item instanceof UserEntity user) {
          hideEmail(user, caller);
        }
      }
    }
    return result;
  }

  private static void hideEmail(User user, Authentication caller) {
    if (!caller.getUserId().equals(user.getId())) {
      user.setEmail(null);
    }
  }

  // ---- helpers ----

  private Optional<ProcessContract> contract(String processKey) {
    return processKey == null ? Optional.empty() : contracts.get().of(processKey);
  }

  private String processKey(String definitionId, String definitionKey) {
    if (definitionKey != null) {
      return definitionKey;
    }
    if (definitionId == null) {
      return null;
    }
    ProcessDefinition definition = engine.getRepositoryService().getProcessDefinition(definitionId);
    return definition.getKey();
  }

  private Task task(String taskId) {
    return taskId == null ? null : engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
  }

  private static Optional<Var<?>> find(List<Var<?>> vars, String name) {
    return vars.stream().filter(v -> v.name().equals(name)).findFirst();
  }

  private static boolean writesVariables(String commandName) {
    return commandName.contains("Variable") && (commandName.startsWith("Set") || commandName.startsWith("Remove")
        || commandName.startsWith("Patch") || commandName.startsWith("Delete"));
  }

  private static boolean isAdmin(Authentication caller) {
    return caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.ADMIN);
  }

  private void refuseIf(List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new ProcessRuleViolation(problems);
    }
  }

  private AuthorizationException forbidden(String key) {
    return new LocalizedRefusal(messages.get(key));
  }

  /** The boundary's own look-ups: trusted, and without the caller's authorizations. */
  private <T> T asSystem(Authentication caller, Supplier<T> call) {
    engine.getIdentityService().clearAuthentication();
    try {
      return EngineCallers.trusted(call);
    } finally {
      engine.getIdentityService().setAuthentication(caller);
    }
  }

  private static Object plain(Object value) {
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return serializable.getValueSerialized();
    }
    if (value instanceof TypedValue typed) {
      return typed.getValue();
    }
    return value;
  }

  private JsonNode jsonOf(Object value) {
    try {
      if (value instanceof SpinJsonNode node) {
        return json.readTree(node.toString());
      }
      if (value instanceof CharSequence text) {
        return json.readTree(text.toString());
      }
      return value == null ? null : json.valueToTree(value);
    } catch (Exception e) {
      return null;
    }
  }

  static boolean sameValue(Object submitted, Object current) {
    Object a = submitted instanceof SpinJsonNode node ? node.toString() : submitted;
    Object b = current instanceof SpinJsonNode node ? node.toString() : current;
    if (blank(a) || blank(b)) {
      return blank(a) && blank(b);
    }
    if (a instanceof Number || b instanceof Number) {
      try {
        return new BigDecimal(a.toString().strip()).compareTo(new BigDecimal(b.toString().strip())) == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return Objects.equals(a.toString().strip(), b.toString().strip());
  }

  private static boolean blank(Object value) {
    return value == null || value.toString().isBlank();
  }

  @SuppressWarnings("unchecked")
  private static <T> T field(Object target, String name) {
    for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (T) field.get(target);
      } catch (NoSuchFieldException e) {
        // declared higher up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(target.getClass().getName() + " has no field " + name);
  }
}
