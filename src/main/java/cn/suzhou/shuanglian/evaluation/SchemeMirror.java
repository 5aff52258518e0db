package cn.suzhou.shuanglian.evaluation;

import static cn.suzhou.shuanglian.evaluation.EvaluationSchemeContract.*;

import java.math.BigDecimal;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What the review and revision forms of {@code evaluationScheme} show of the case's scheme, mirrored
 * from its row (numbers as numbers, for form-js number fields); nothing reads them back.
 */
final class SchemeMirror {

  private SchemeMirror() {}

  static void write(VariableScope scope, EvaluationScheme scheme, String inForceSummary, Date reviewDue) {
    SCHEME_ID.set(scope, scheme.getId());
    DISTRICT_CODE.set(scope, scheme.getDistrict().getCode());
    DISTRICT_NAME.set(scope, scheme.getDistrict().getName());
    WEIGHT_ORIENTATION.set(scope, BigDecimal.valueOf(scheme.getWeightOrientation()));
    WEIGHT_INITIATIVE.set(scope, BigDecimal.valueOf(scheme.getWeightInitiative()));
    WEIGHT_SATISFACTION.set(scope, BigDecimal.valueOf(scheme.getWeightSatisfaction()));
    WEIGHT_RESULTS.set(scope, BigDecimal.valueOf(scheme.getWeightResults()));
    EXCELLENT_MIN.set(scope, scheme.getExcellentMin());
    QUALIFIED_MIN.set(scope, scheme.getQualifiedMin());
    BASIC_MIN.set(scope, scheme.getBasicMin());
    SERVICE_UNITS_CONSULTED.set(scope, scheme.getServiceUnitsConsulted());
    CRITERIA_NOTES.set(scope, scheme.getCriteriaNotes());
    IN_FORCE_SUMMARY.set(scope, inForceSummary);
    REVIEW_DUE_DATE.set(scope, reviewDue);
  }
}
