package cn.suzhou.shuanglian.matching;

import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.round.SelectionRound;
import cn.suzhou.shuanglian.round.SelectionRounds;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * The context of a matching case, from the domain: the round is the one whose case called this
 * matching (the engine's link to the calling process instance), and who acts is the authenticated
 * user. Never from a variable.
 *
 * <p>Bean name {@code matchingCases}: the process asks {@code districtCodes(execution)} for its
 * confirmation tasks.
 */
@Component("matchingCases")
public class MatchingCases {

  private final SelectionRounds rounds;
  private final ObjectMapper json;

  public MatchingCases(SelectionRounds rounds, ObjectMapper json) {
    this.rounds = rounds;
    this.json = json;
  }

  /** The round whose selection-round case called this matching. */
  public SelectionRound roundOf(DelegateExecution execution) {
    DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
    if (caller == null) {
      throw new IllegalStateException("matching " + execution.getProcessInstanceId()
          + " was not called by a selection round");
    }
    return rounds.findByProcessInstanceId(caller.getProcessInstanceId())
        .orElseThrow(() -> new IllegalStateException("no selection round for process instance "
            + caller.getProcessInstanceId()));
  }

  /** The round's districts: one confirmation task each (P-02: a ninth park is a row, not a change here). */
  public List<String> districtCodes(DelegateExecution execution) {
    return roundOf(execution).getDistrictCodes();
  }

  /** The authenticated user completing the task, with their groups; nobody's groups when none is. */
  public CurrentUser actor(DelegateExecution execution) {
    Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return new CurrentUser(ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"),
        auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds());
  }

  /** Records, lists or tables as a Json value for a form. */
  public SpinJsonNode json(Object value) {
    try {
      return Spin.JSON(json.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not serialisable as JSON: " + value.getClass(), e);
    }
  }
}
