package cn.suzhou.shuanglian.evaluation;

import static cn.suzhou.shuanglian.evaluation.EvaluationSchemeContract.*;

import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import cn.suzhou.shuanglian.platform.validation.Characters;
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
  /** The problem's field when the four weights do not add up to 100 (no single field is wrong). */
  public static final String WEIGHTS = "weights";

  private final Messages messages;

  public EvaluationSchemeRules(Messages messages) {
    this.messages = messages;
  }

  /** The scheme's content, checked: the problems are empty exactly when the content is present. */
  public Checked check(SchemeInput in) {
    List<Problem> problems = new ArrayList<>();

    Integer orientation = weight(WEIGHT_ORIENTATION, in.weightOrientation(), problems);
    Integer initiative = weight(WEIGHT_INITIATIVE, in.weightInitiative(), problems);
    Integer satisfaction = weight(WEIGHT_SATISFACTION, in.weightSatisfaction(), problems);
    Integer results = weight(WEIGHT_RESULTS, in.weightResults(), problems);
    if (orientation != null && initiative != null && satisfaction != null && results != null) {
      int sum = orientation + initiative + satisfaction + results;
      if (sum != 100) {
        problems.add(new Problem(WEIGHTS, messages.get("scheme.weight.sum", sum)));
      }
    }

    BigDecimal excellent = line(EXCELLENT_MIN, in.excellentMin(), problems);
    BigDecimal qualified = line(QUALIFIED_MIN, in.qualifiedMin(), problems);
    BigDecimal basic = line(BASIC_MIN, in.basicMin(), problems);
    if (excellent != null && qualified != null && excellent.compareTo(qualified) <= 0) {
      problems.add(order(QUALIFIED_MIN, qualified, EXCELLENT_MIN, excellent));
    }
    if (qualified != null && basic != null && qualified.compareTo(basic) <= 0) {
      problems.add(order(BASIC_MIN, basic, QUALIFIED_MIN, qualified));
    }

    String units = in.serviceUnitsConsulted();
    if (units == null) {
      problems.add(new Problem(SERVICE_UNITS_CONSULTED.name(), messages.get("scheme.serviceUnits.required")));
    } else if (Characters.count(units) > SERVICE_UNITS_MAX) {
      problems.add(tooLong(SERVICE_UNITS_CONSULTED, SERVICE_UNITS_MAX));
    }
    String notes = in.criteriaNotes();
    if (notes != null && Characters.count(notes) > NOTES_MAX) {
      problems.add(tooLong(CRITERIA_NOTES, NOTES_MAX));
    }

    SchemeContent content = problems.isEmpty()
        ? new SchemeContent(orientation, initiative, satisfaction, results, excellent, qualified, basic, units, notes)
        : null;
    return new Checked(content, problems);
  }

  private Integer weight(Var<BigDecimal> field, String text, List<Problem> problems) {
    BigDecimal value = number(field, text, problems);
    if (value == null) {
      return null;
    }
    BigDecimal whole = value.stripTrailingZeros();
    if (whole.scale() > 0 || value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
      problems.add(new Problem(field.name(), messages.get("scheme.weight.range", label(field), value.toPlainString())));
      return null;
    }
    return whole.intValueExact();
  }

  private BigDecimal line(Var<BigDecimal> field, String text, List<Problem> problems) {
    BigDecimal value = number(field, text, problems);
    if (value == null) {
      return null;
    }
    if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
      problems.add(new Problem(field.name(), messages.get("scheme.line.range", label(field), value.toPlainString())));
      return null;
    }
    if (value.stripTrailingZeros().scale() > 2) {
      problems.add(new Problem(field.name(), messages.get("scheme.line.scale", label(field), value.toPlainString())));
      return null;
    }
    return value.setScale(2);
  }

  /** A number given as a number (forms, typed REST variables) or as text (REST, the domain API). */
  private BigDecimal number(Var<BigDecimal> field, String text, List<Problem> problems) {
    if (text == null) {
      problems.add(new Problem(field.name(), messages.get("scheme.required", label(field))));
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      problems.add(new Problem(field.name(), messages.get("scheme.notANumber", label(field), text)));
      return null;
    }
  }

  private Problem order(Var<BigDecimal> lowerField, BigDecimal lower, Var<BigDecimal> higherField, BigDecimal higher) {
    return new Problem(lowerField.name(), messages.get("scheme.line.order", label(lowerField),
        lower.stripTrailingZeros().toPlainString(), label(higherField), higher.stripTrailingZeros().toPlainString()));
  }

  private Problem tooLong(Var<String> field, int max) {
    return new Problem(field.name(), messages.get("scheme.tooLong", label(field), max));
  }

  private String label(Var<?> field) {
    return messages.get("scheme.field." + field.name());
  }

  /**
   * The scheme's content as it was sent (start form, revision form, REST): numbers as their text,
   * so that a refusal can quote what it refused.
   */
  public record SchemeInput(String weightOrientation, String weightInitiative, String weightSatisfaction,
      String weightResults, String excellentMin, String qualifiedMin, String basicMin, String serviceUnitsConsulted,
      String criteriaNotes) {

    /** The content a start or a revision of the case carries. */
    public static SchemeInput of(VariableScope scope) {
      VariableReader sent = new VariableReader(scope);
      return new SchemeInput(sent.text(WEIGHT_ORIENTATION.name()), sent.text(WEIGHT_INITIATIVE.name()),
          sent.text(WEIGHT_SATISFACTION.name()), sent.text(WEIGHT_RESULTS.name()), sent.text(EXCELLENT_MIN.name()),
          sent.text(QUALIFIED_MIN.name()), sent.text(BASIC_MIN.name()), SERVICE_UNITS_CONSULTED.from(scope),
          CRITERIA_NOTES.from(scope));
    }
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
