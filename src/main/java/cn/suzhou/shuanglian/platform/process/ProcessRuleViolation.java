package cn.suzhou.shuanglian.platform.process;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Bad input refused by a process rule at a start or a task completion, naming every field at fault
 * and the rule it broke, in the caller's language. Being a {@link FormFieldValidationException}, it
 * makes Camunda's REST answer 400 on submit-form, submit and complete (and
 * the engine API's problem mapping on start), and Tasklist shows the message; the command's
 * transaction rolls back, so no process instance or domain row is left behind.
 *
 * <p>Rules checked when a user task is completed extend {@link CompletionCheck} (an {@code end}
 * execution listener): the engine passes an execution listener's exception through as it is but
 * wraps a task listener's (ENGINE-03051), and Tasklist would show the wrapper's English text. The
 * message itself is the problems' own texts, each naming its field for people
 * ("第 3 行「统一社会信用代码」：…"); the paths are in {@link #problems()}.
 */
public class ProcessRuleViolation extends FormFieldValidationException {

  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  public ProcessRuleViolation(List<Problem> problems) {
    super(problems.isEmpty() ? null : problems.get(0).field(), summary(problems));
    this.problems = List.copyOf(problems);
  }

  public ProcessRuleViolation(String field, String message) {
    this(List.of(new Problem(field, message)));
  }

  /** A refusal that no field of the request is at fault for (a rule the database held, e.g.). */
  protected ProcessRuleViolation(String message) {
    super(null, message);
    this.problems = List.of();
  }

  /**
   * The violation behind an engine exception: the engine passes a delegate's or an execution
   * listener's exception through as it is, but wraps a task listener's (ENGINE-03051).
   */
  public static Optional<ProcessRuleViolation> findIn(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof ProcessRuleViolation violation) {
        return Optional.of(violation);
      }
    }
    return Optional.empty();
  }

  /**
   * The same refusal naming the fields as a request of the domain API wrote them where they differ
   * from the process's variables ({@code facts} for {@code misconductFacts}).
   */
  public ProcessRuleViolation renamed(java.util.Map<String, String> requestNames) {
    List<Problem> renamed = problems.stream()
        .map(p -> new Problem(requestNames.getOrDefault(p.field(), p.field()), p.message())).toList();
    return this instanceof ProcessRuleConflict ? new ProcessRuleConflict(renamed) : new ProcessRuleViolation(renamed);
  }

  /** {@code thrown}, or the rule violation inside it with the request's own field names. */
  public static RuntimeException inRequestTerms(RuntimeException thrown, java.util.Map<String, String> requestNames) {
    return findIn(thrown).<RuntimeException>map(violation -> violation.renamed(requestNames)).orElse(thrown);
  }

  /** The first field at fault. */
  public String field() {
    return getDetail();
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String summary(List<Problem> problems) {
    return String.join(" ", problems.stream().map(Problem::message).toList());
  }

  /** One field and the rule it broke. */
  public record Problem(String field, String message) {}
}
