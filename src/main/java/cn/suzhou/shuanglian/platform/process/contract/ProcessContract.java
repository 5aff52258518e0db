package cn.suzhou.shuanglian.platform.process.contract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The typed contract of one BPMN process (one per file in {@code processes/}): its key, what a
 * person may send to start it, each user task with the fields it accepts (exactly the fields its
 * Camunda Form declares — {@code ProcessContractConformanceTest} holds them equal), and who the
 * policy keeps from working a task of a given case.
 *
 * <p>The engine's variables are user input: anyone holding a task can call {@code /engine-rest}.
 * The {@link cn.suzhou.shuanglian.platform.process.boundary.TrustBoundary} refuses, on every path
 * into the engine, a start or completion carrying anything this contract does not declare. The
 * case's context (which record, district, reviewer) is read from the domain row linked to the
 * case, never back from a variable; who acts is the authenticated user.
 *
 * <p>An implementation is a Spring bean holding the process's variables as {@link Var} constants.
 */
public interface ProcessContract {

  /** The BPMN process id (= file name). */
  String processKey();

  /** What a person may send when starting the process; none when only the system starts it. */
  default StartSpec start() {
    return StartSpec.NONE;
  }

  /** The user tasks, each with the fields it accepts. */
  List<UserTask> userTasks();

  /**
   * People the policy keeps from working this task of this case, looked up in the domain: the
   * applicant and conflicted experts for a project review (P-20), the commissioner for their own
   * evaluation (P-18). Nobody may be made assignee, delegate or candidate of the task if named here.
   */
  default Set<String> excludedWorkers(String processInstanceId, String taskKey) {
    return Set.of();
  }

  /** Every variable this contract names that holds personal data. */
  default List<Var<?>> personalVariables() {
    return Stream.concat(start().inputs().stream(), userTasks().stream().flatMap(t -> t.inputs().stream()))
        .filter(v -> v.mask().isPresent() || !v.personalRowFields().isEmpty()).distinct().toList();
  }

  /**
   * The case-context variables, mirrored from the domain by the process's delegates, whose values
   * make a task findable in Tasklist's search box ({@link CaseSearch}): enterprise and commissioner
   * names, agreement numbers, the case title. Never user input, never personal data (ID numbers,
   * phones).
   */
  default List<Var<String>> searchedBy() {
    return List.of();
  }

  default Optional<UserTask> userTask(String taskKey) {
    return userTasks().stream().filter(t -> t.key().equals(taskKey)).findFirst();
  }

  /**
   * A start: the form people use (null when the process is started by integrators or the city
   * over {@code /api} only) and the fields it accepts; {@code apiOnly} fields are those an
   * integrator may add that the form does not show (e.g. the city filing for a named commissioner).
   */
  record StartSpec(String formId, List<Var<?>> inputs, List<Var<?>> apiOnly) {

    public static final StartSpec NONE = new StartSpec(null, List.of(), List.of());

    public static StartSpec form(String formId, Var<?>... inputs) {
      return new StartSpec(formId, List.of(inputs), List.of());
    }

    /** Adds fields that only REST callers send. */
    public StartSpec andApiOnly(Var<?>... extra) {
      return new StartSpec(formId, inputs, List.of(extra));
    }

    public boolean startable() {
      return !inputs.isEmpty() || !apiOnly.isEmpty();
    }

    /** Every field a start may carry. */
    public List<Var<?>> accepted() {
      List<Var<?>> all = new ArrayList<>(inputs);
      all.addAll(apiOnly);
      return all;
    }
  }

  /**
   * A user task: its BPMN id, its form and the fields a completion may carry; {@code shown} are the
   * form's read-only fields, which Tasklist sends back unchanged and nobody may change.
   */
  record UserTask(String key, String formId, List<Var<?>> inputs, List<Var<?>> shown) {

    public static UserTask of(String key, String formId, Var<?>... inputs) {
      return new UserTask(key, formId, List.of(inputs), List.of());
    }

    public UserTask showing(Var<?>... readOnly) {
      return new UserTask(key, formId, inputs, Arrays.asList(readOnly));
    }
  }
}
