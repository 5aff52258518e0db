package cn.suzhou.shuanglian.board;

import cn.suzhou.shuanglian.platform.process.EngineAsSystem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open user tasks of the board's cases. All of a case's tasks are read as the system (the board
 * says who must act even where the reader may not open the task); which of them the reader may open
 * is asked of the engine with the reader's own authentication — the same READ rights that Tasklist
 * applies — so a task id is shown only to those who may see the task.
 */
@Component
class BoardTasks {

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final EngineAsSystem engineAsSystem;

  BoardTasks(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
      EngineAsSystem engineAsSystem) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.engineAsSystem = engineAsSystem;
  }

  /** An open task with those who must act on it. */
  record OpenTask(String id, String name, String processInstanceId, Date due, String assignee,
      List<String> candidateGroups, List<String> candidateUsers) {}

  /** The running case and the cases it called (collections, nomination, matching, agreement signing), deep. */
  Set<String> caseAndCalledCases(String processInstanceId) {
    Set<String> all = new LinkedHashSet<>();
    if (processInstanceId == null) {
      return all;
    }
    engineAsSystem.run(() -> {
      List<String> level = List.of(processInstanceId);
      all.add(processInstanceId);
      for (int depth = 0; depth < 4 && !level.isEmpty(); depth++) {
        List<String> next = new ArrayList<>();
        for (String parent : level) {
          for (ProcessInstance child : runtimeService.createProcessInstanceQuery().superProcessInstanceId(parent).list()) {
            if (all.add(child.getId())) {
              next.add(child.getId());
            }
          }
        }
        level = next;
      }
    });
    return all;
  }

  /** The open tasks of the cases with their candidates, oldest first (read as the system). */
  List<OpenTask> openTasks(Collection<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return List.of();
    }
    return engineAsSystem.call(() -> taskService.createTaskQuery()
        .processInstanceIdIn(processInstanceIds.toArray(String[]::new)).active().orderByTaskCreateTime().asc()
        .list().stream().map(this::withCandidates).toList());
  }

  private OpenTask withCandidates(Task task) {
    List<String> groups = new ArrayList<>();
    List<String> users = new ArrayList<>();
    for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getGroupId() != null) {
          groups.add(link.getGroupId());
        } else if (link.getUserId() != null) {
          users.add(link.getUserId());
        }
      }
    }
    return new OpenTask(task.getId(), task.getName(), task.getProcessInstanceId(), task.getDueDate(),
        task.getAssignee(), groups, users);
  }

  /** The open tasks of the cases the reader (the authenticated caller of this request) may see. */
  List<Task> visibleTo(Collection<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return List.of();
    }
    return taskService.createTaskQuery().processInstanceIdIn(processInstanceIds.toArray(String[]::new)).active()
        .orderByTaskCreateTime().asc().list();
  }

  /** Chinese names of groups (市科技局, 埇桥区科技部门 …) and people (赵磊), by id; the id where none is recorded. */
  Map<String, String> names(Collection<OpenTask> tasks) {
    Set<String> groupIds = new LinkedHashSet<>();
    Set<String> userIds = new LinkedHashSet<>();
    for (OpenTask t : tasks) {
      groupIds.addAll(t.candidateGroups());
      userIds.addAll(t.candidateUsers());
      if (t.assignee() != null) {
        userIds.add(t.assignee());
      }
    }
    Map<String, String> names = new HashMap<>();
    engineAsSystem.run(() -> {
      if (!groupIds.isEmpty()) {
        for (Group g : identityService.createGroupQuery().groupIdIn(groupIds.toArray(String[]::new)).list()) {
          names.put("g:" + g.getId(), g.getName() == null ? g.getId() : g.getName());
        }
      }
      if (!userIds.isEmpty()) {
        for (User u : identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list()) {
          String name = (u.getLastName() == null ? "" : u.getLastName()) + (u.getFirstName() == null ? "" : u.getFirstName());
          names.put("u:" + u.getId(), name.isBlank() ? u.getId() : name);
        }
      }
    });
    return names;
  }

  /** Who must act: the assignee, else the candidate groups, else the candidate people, by name. */
  static String actorLabel(OpenTask task, Map<String, String> names) {
    if (task.assignee() != null) {
      return names.getOrDefault("u:" + task.assignee(), task.assignee());
    }
    if (!task.candidateGroups().isEmpty()) {
      return task.candidateGroups().stream().map(g -> names.getOrDefault("g:" + g, g)).collect(Collectors.joining("、"));
    }
    if (!task.candidateUsers().isEmpty()) {
      return task.candidateUsers().stream().map(u -> names.getOrDefault("u:" + u, u)).collect(Collectors.joining("、"));
    }
    return "待分派";
  }
}
