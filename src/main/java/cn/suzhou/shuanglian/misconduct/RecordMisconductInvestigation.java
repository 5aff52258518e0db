package cn.suzhou.shuanglian.misconduct;

import static cn.suzhou.shuanglian.misconduct.MisconductContract.*;

import cn.suzhou.shuanglian.misconduct.MisconductService.Investigation;
import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.validation.Characters;
import cn.suzhou.shuanglian.platform.web.Messages;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-17 (一经查实): the district's investigation must say whether the report is substantiated (查实) or
 * not (不实), with findings the city can decide on; a substantiated report needs a recommended measure
 * (终止派驻 or 批评教育) — an unsubstantiated one recommends none and no bar. Every problem is named by
 * field; the findings are recorded on the case.
 */
@Component("recordMisconductInvestigation")
public class RecordMisconductInvestigation extends CompletionCheck {

  static final int FINDINGS_MIN = 10;
  static final int FINDINGS_MAX = 4000;

  private final MisconductService service;
  private final Messages messages;

  public RecordMisconductInvestigation(MisconductService service, Messages messages) {
    this.service = service;
    this.messages = messages;
  }

  @Override
  protected void check(DelegateExecution execution) {
    List<Problem> problems = new ArrayList<>();
    String finding = FINDING.from(execution);
    boolean substantiated = SUBSTANTIATED.equals(finding);
    if (!substantiated && !UNSUBSTANTIATED.equals(finding)) {
      problems.add(new Problem(FINDING.name(), messages.get("misconduct.investigation.findingRequired")));
    }
    String findings = FINDINGS.from(execution);
    if (findings == null || Characters.count(findings) < FINDINGS_MIN || Characters.count(findings) > FINDINGS_MAX) {
      problems.add(new Problem(FINDINGS.name(), messages.get("misconduct.investigation.findingsLength", FINDINGS_MIN,
          FINDINGS_MAX, Characters.count(findings))));
    }
    MisconductMeasure recommended = MisconductMeasure.NONE;
    boolean recommendBar = RECOMMEND_BAR.from(execution);
    if (substantiated) {
      String value = RECOMMENDED_MEASURE.from(execution);
      try {
        recommended = value == null ? null : MisconductMeasure.valueOf(value);
      } catch (IllegalArgumentException e) {
        recommended = null;
      }
      if (recommended == null || recommended == MisconductMeasure.NONE) {
        problems.add(new Problem(RECOMMENDED_MEASURE.name(), messages.get("misconduct.investigation.measureRequired")));
      }
    } else if (UNSUBSTANTIATED.equals(finding) && recommendBar) {
      problems.add(new Problem(RECOMMEND_BAR.name(), messages.get("misconduct.investigation.barWithoutFinding")));
    }
    if (!problems.isEmpty()) {
      throw new ProcessRuleViolation(problems);
    }
    Investigation recorded = service.recordInvestigation(execution.getProcessInstanceId(), substantiated, findings,
        recommended, recommendBar, ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
    FINDING_LABEL.set(execution, recorded.findingLabel());
    RECOMMENDED_LABEL.set(execution, recorded.recommendedLabel());
    RECOMMEND_BAR.set(execution, recorded.recommendBar());
    DECISION_DUE.set(execution, recorded.decisionDue());
  }
}
