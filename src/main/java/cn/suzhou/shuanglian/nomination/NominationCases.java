package cn.suzhou.shuanglian.nomination;

import static cn.suzhou.shuanglian.nomination.NominationContract.CANDIDATES_TABLE;
import static cn.suzhou.shuanglian.nomination.NominationContract.MIN_PER_DISTRICT;
import static cn.suzhou.shuanglian.nomination.NominationContract.NOMINEES;
import static cn.suzhou.shuanglian.nomination.NominationContract.REQUIRED_TOTAL;
import static cn.suzhou.shuanglian.nomination.NominationContract.SUPPLY_DEMAND_TEXT;

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
 * The context of a nomination case, from the domain: the round is the one whose case called this
 * nomination (the engine's link to the calling process instance), the list is the {@link Nomination}
 * linked to this process instance, and who acts is the authenticated user. Never from a variable.
 *
 * <p>Bean name {@code nominationCases}: the process asks {@code pendingSourceUnits(execution)} for its
 * release tasks.
 */
@Component("nominationCases")
public class NominationCases {

  private final SelectionRounds rounds;
  private final NominationService nominations;
  private final ObjectMapper json;

  public NominationCases(SelectionRounds rounds, NominationService nominations, ObjectMapper json) {
    this.rounds = rounds;
    this.nominations = nominations;
    this.json = json;
  }

  /** The round whose selection-round case called this nomination. */
  public SelectionRound callingRound(DelegateExecution execution) {
    DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
    if (caller == null) {
      throw new IllegalStateException("nomination " + execution.getProcessInstanceId()
          + " was not called by a selection round");
    }
    return rounds.findByProcessInstanceId(caller.getProcessInstanceId())
        .orElseThrow(() -> new IllegalStateException("no selection round for process instance "
            + caller.getProcessInstanceId()));
  }

  /** The list this case works on. */
  public Nomination of(DelegateExecution execution) {
    return nominations.ofCase(execution.getProcessInstanceId());
  }

  /** The source units with staff on this case's list awaiting an answer: one release task each. */
  public List<String> pendingSourceUnits(DelegateExecution execution) {
    return nominations.pendingSourceUnits(of(execution));
  }

  /** The authenticated user completing the task, with their groups; nobody's groups when none is. */
  public CurrentUser actor(DelegateExecution execution) {
    Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return new CurrentUser(ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"),
        auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds());
  }

  /** What the city's draft task shows, written to the case for its form. */
  public void showDraft(DelegateExecution execution, NominationService.Draft draft) {
    NOMINEES.set(execution, json(draft.nominees()));
    CANDIDATES_TABLE.set(execution, json(draft.candidates()));
    SUPPLY_DEMAND_TEXT.set(execution, draft.supplyDemandText());
    REQUIRED_TOTAL.set(execution, (long) draft.requiredTotal());
    MIN_PER_DISTRICT.set(execution, (long) draft.minPerDistrict());
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
