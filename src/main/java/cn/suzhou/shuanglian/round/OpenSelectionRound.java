package cn.suzhou.shuanglian.round;

import static cn.suzhou.shuanglian.round.SelectionRoundContract.*;

import cn.suzhou.shuanglian.district.District;
import cn.suzhou.shuanglian.district.Districts;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.ProcessRuleConflict;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.web.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * P-01: opens a selection round — the year must be a round year of the policy (2023 + 2k), no
 * other live round may hold it (checked here and backed by a unique key, so two officials starting
 * the same year at once get one round), and the collection deadline must be a date after today.
 * Takes the active districts from the district table (P-02), makes the year the business key and
 * the round's record, opened by the authenticated user. Synchronous: a refusal names the fields and
 * leaves nothing behind.
 */
@Component("openSelectionRound")
public class OpenSelectionRound implements JavaDelegate {

  private final SelectionRoundRepository rounds;
  private final Districts districts;
  private final RoundProperties properties;
  private final Messages messages;

  public OpenSelectionRound(SelectionRoundRepository rounds, Districts districts, RoundProperties properties,
      Messages messages) {
    this.rounds = rounds;
    this.districts = districts;
    this.properties = properties;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Problem> problems = new ArrayList<>();

    Integer year = null;
    boolean taken = false;
    try {
      Long given = ROUND_YEAR.from(execution);
      if (given == null) {
        problems.add(new Problem(ROUND_YEAR.name(), messages.get("round.year.required")));
      } else if (given > 9999 || !properties.isRoundYear(given.intValue())) {
        problems.add(new Problem(ROUND_YEAR.name(), messages.get("round.year.notRoundYear", given.toString(),
            properties.firstYear(), properties.intervalYears())));
      } else if (rounds.findByActiveYear(given.intValue()).isPresent()) {
        taken = true;
        problems.add(new Problem(ROUND_YEAR.name(), messages.get("round.year.taken", given.toString())));
      } else {
        year = given.intValue();
      }
    } catch (NumberFormatException e) {
      problems.add(new Problem(ROUND_YEAR.name(), messages.get("round.year.notANumber",
          String.valueOf(ROUND_YEAR.raw(execution)).trim())));
    }

    LocalDate deadline = deadline(execution, problems);

    List<String> districtCodes = districts.findByActiveTrueOrderBySortOrder().stream().map(District::getCode).toList();
    if (districtCodes.isEmpty()) {
      problems.add(new Problem(ROUND_YEAR.name(), messages.get("round.noDistricts")));
    }
    if (!problems.isEmpty()) {
      boolean onlyTaken = taken && problems.size() == 1;
      throw onlyTaken ? new ProcessRuleConflict(problems) : new ProcessRuleViolation(problems);
    }

    // who opens the round is the authenticated user, never a variable of the start
    String openedBy = ProcessActors.currentUserId(execution.getProcessEngineServices(), "system");
    SelectionRound round = new SelectionRound(year, deadline, districtCodes, openedBy,
        ClockUtil.getCurrentTime().toInstant());
    round.attachProcess(execution.getProcessInstanceId());
    try {
      round = rounds.saveAndFlush(round);
    } catch (DataIntegrityViolationException e) {
      // another official opened the year's round at the same moment: uk_selection_round_active_year kept theirs
      throw new ProcessRuleConflict(List.of(new Problem(ROUND_YEAR.name(),
          messages.get("round.year.taken", String.valueOf(year)))));
    }
    execution.setProcessBusinessKey(String.valueOf(year));
    // mirrors for Tasklist and the called processes' in-mappings; the round itself is found by the case
    ROUND_ID.set(execution, round.getId());
    ROUND_YEAR.set(execution, (long) year);
    COLLECTION_DEADLINE.set(execution, deadline);
    CASE_TITLE.set(execution, year + "年双链融合专员选派轮次");
  }

  private LocalDate deadline(DelegateExecution execution, List<Problem> problems) {
    LocalDate date;
    try {
      date = COLLECTION_DEADLINE.from(execution);
    } catch (DateTimeParseException e) {
      problems.add(new Problem(COLLECTION_DEADLINE.name(), messages.get("round.deadline.invalid", e.getParsedString())));
      return null;
    }
    if (date == null) {
      problems.add(new Problem(COLLECTION_DEADLINE.name(), messages.get("round.deadline.required")));
      return null;
    }
    LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(properties.timeZone()).toLocalDate();
    if (!date.isAfter(today)) {
      problems.add(new Problem(COLLECTION_DEADLINE.name(), messages.get("round.deadline.past", date.toString())));
      return null;
    }
    return date;
  }
}
