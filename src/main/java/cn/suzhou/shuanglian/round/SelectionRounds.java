package cn.suzhou.shuanglian.round;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which round a case is, from the domain: the {@code selection_round} row linked to a
 * {@code selectionRound} case by its process instance id — never a {@code roundId} variable, which
 * is only a mirror for Tasklist and the called processes. Also asked by {@code selectionRound}'s
 * multi-instance call activities: the districts the round covers, as taken from the district table
 * when it opened (P-02; a ninth park is a row, not a change here), and the round of a case it called.
 */
@Component("selectionRounds")
public class SelectionRounds {

  private final SelectionRoundRepository rounds;

  public SelectionRounds(SelectionRoundRepository rounds) {
    this.rounds = rounds;
  }

  /** The round of this {@code selectionRound} case. */
  public SelectionRound ofCase(String processInstanceId) {
    return rounds.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("no selection round of case " + processInstanceId));
  }

  /**
   * The round whose case called this one ({@code districtDemandCollection}, {@code nomination},
   * {@code matching}, {@code agreementSigning}): the round linked to the calling process instance.
   */
  public SelectionRound ofCalledCase(DelegateExecution execution) {
    DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
    if (caller == null) {
      throw new IllegalStateException("case " + execution.getProcessInstanceId() + " was not called by a round");
    }
    return ofCase(caller.getProcessInstanceId());
  }

  /** The id of this {@code selectionRound} case's round (BPMN expressions). */
  @Transactional(readOnly = true)
  public Long roundId(DelegateExecution execution) {
    return ofCase(execution.getProcessInstanceId()).getId();
  }

  /** The districts a round covers, by its id (selectionRound's demand collections, matching's confirmations). */
  @Transactional(readOnly = true)
  public List<String> districtCodes(Long roundId) {
    return rounds.findById(roundId).map(SelectionRound::getDistrictCodes)
        .orElseThrow(() -> new IllegalStateException("no selection round " + roundId));
  }

  /** The districts of the round that called this case (for a called process's own multi-instance). */
  @Transactional(readOnly = true)
  public List<String> districtCodesOfCaller(DelegateExecution execution) {
    return ofCalledCase(execution).getDistrictCodes();
  }

  /** The live (not cancelled) round of a year, if any (other features' lists and reports). */
  public Optional<SelectionRound> findByActiveYear(Integer year) {
    return rounds.findByActiveYear(year);
  }

  /** The round a {@code selectionRound} case opened, if any. */
  public Optional<SelectionRound> findByProcessInstanceId(String processInstanceId) {
    return rounds.findByProcessInstanceId(processInstanceId);
  }
}
