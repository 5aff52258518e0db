package cn.suzhou.shuanglian.evaluation;

import static cn.suzhou.shuanglian.evaluation.EvaluationSchemeVariables.*;

import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.platform.web.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * P-18: the content of an evaluation scheme as a district submits it (start form, revision form or
 * REST) — four weights, whole numbers 0–100 adding up to 100; three grade lines 0–100 with at most
 * two decimals, strictly descending 优秀 > 合格 > 基本合格; the service units it was set with
 * (required: the scheme is made 会同服务单位); lengths. Every problem is reported at once, each naming
 * its field. The same rules run at the start and on every revision, and the table's check
 * constraints back the weights and lines.
 */
@Component
public class EvaluationSchemeRules {

  static final int SERVICE_UNITS_MAX = 1000;
  static final int NOTES_MAX = 2000;
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Messages messages;

  public EvaluationSchemeRules(Messages messages) {
    this.messages = messages;
  }

  /** The scheme's content, checked: the problems are empty exactly when the content is present. */
  public Checked check(VariableScope variables) {
    VariableReader in = new VariableReader(variables);
    List<Problem> problems = new ArrayList<>();

    Integer orientation = weight(variables, WEIGHT_ORIENTATION, problems);
    Integer initiative = weight(variables, WEIGHT_INITIATIVE, problems);
    Integer satisfaction = weight(variables, WEIGHT_SATISFACTION, problems);
    Integer results = weight(variables, WEIGHT_RESULTS, problems);
    if (orientation != null && initiative != null && satisfaction != null && results != null) {
      int sum = orientation + initiative + satisfaction + results;
      if (sum != 100) {
        problems.add(new Problem("weights", messages.get("scheme.weight.sum", sum)));
      }
    }

    BigDecimal excellent = line(variables, EXCELLENT_MIN, problems);
    BigDecimal qualified = line(variables, QUALIFIED_MIN, problems);
    BigDecimal basic = line(variables, BASIC_MIN, problems);
    if (excellent != null && qualified != null && excellent.compareTo(qualified) <= 0) {
      problems.add(order(QUALIFIED_MIN, qualified, EXCELLENT_MIN, excellent));
    }
    if (qualified != null && basic != null && qualified.compareTo(basic) <= 0) {
      problems.add(order(BASIC_MIN, basic, QUALIFIED_MIN, qualified));
    }

    String units = in.text(SERVICE_UNITS_CONSULTED);
    if (units == null) {
      problems.add(new Problem(SERVICE_UNITS_CONSULTED, messages.get("scheme.serviceUnits.required")));
    } else if (units.length() > SERVICE_UNITS_MAX) {
      problems.add(tooLong(SERVICE_UNITS_CONSULTED, SERVICE_UNITS_MAX));
    }
    String notes = in.text(CRITERIA_NOTES);
    if (notes != null && notes.length() > NOTES_MAX) {
      problems.add(tooLong(CRITERIA_NOTES, NOTES_MAX));
    }

    SchemeContent content = problems.isEmpty()
        ? new SchemeContent(orientation, initiative, satisfaction, results, excellent, qualified, basic, units, notes)
        : null;
    return new Checked(content, problems);
  }

  private Integer weight(VariableScope variables, String field, List<Problem> problems) {
    BigDecimal value = number(variables, field, problems);
    if (value == null) {
      return null;
    }
    BigDecimal whole = value.stripTrailingZeros();
    if (whole.scale() > 0 || value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
      problems.add(new Problem(field, messages.get("scheme.weight.range", label(field), value.toPlainString())));
      return null;
    }
    return whole.intValueExact();
  }

  private BigDecimal line(VariableScope variables, String field, List<Problem> problems) {
    BigDecimal value = number(variables, field, problems);
    if (value == null) {
      return null;
    }
    if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
      problems.add(new Problem(field, messages.get("scheme.line.range", label(field), value.toPlainString())));
      return null;
    }
    if (value.stripTrailingZeros().scale() > 2) {
      problems.add(new Problem(field, messages.get("scheme.line.scale", label(field), value.toPlainString())));
      return null;
    }
    return value.setScale(2);
  }

  /** A number given as a number (forms, typed REST variables) or as text (REST, the domain API). */
  private BigDecimal number(VariableScope variables, String field, List<Problem> problems) {
    Object raw = variables.getVariable(field);
    String text = raw == null ? null : raw.toString().trim();
    if (text == null || text.isEmpty()) {
      problems.add(new Problem(field, messages.get("scheme.required", label(field))));
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      problems.add(new Problem(field, messages.get("scheme.notANumber", label(field), text)));
      return null;
    }
  }

  private Problem order(String lowerField, BigDecimal lower, String higherField, BigDecimal higher) {
    return new Problem(lowerField, messages.get("scheme.line.order", label(lowerField), lower.stripTrailingZeros()
        .toPlainString(), label(higherField), higher.stripTrailingZeros().toPlainString()));
  }

  private Problem tooLong(String field, int max) {
    return new Problem(field, messages.get("scheme.tooLong", label(field), max));
  }

  private String label(String field) {
    return messages.get("scheme.field." + field);
  }

  /** The content of a scheme that passed the rules. */
  public record SchemeContent(int weightOrientation, int weightInitiative, int weightSatisfaction, int weightResults,
      BigDecimal excellentMin, BigDecimal qualifiedMin, BigDecimal basicMin, String serviceUnitsConsulted,
      String criteriaNotes) {}

  /** The outcome of the rules: the content when valid, else every problem. */
  public record Checked(SchemeContent content, List<Problem> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }
}
