package cn.suzhou.shuanglian.round;

import cn.suzhou.shuanglian.platform.process.contract.ProcessContract;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code selectionRound} (选派轮次, P-01, P-02, P-04, P-12): the only place its
 * variable names are written. The city bureau opens a round with its year and deadline; who opened
 * it is the authenticated user. Which round a case is comes from the {@code selection_round} row
 * linked to the case ({@link SelectionRounds#ofCase}); {@link #ROUND_ID}, {@link #ROUND_YEAR},
 * {@link #COLLECTION_DEADLINE} and the multi-instance element variables {@link #DISTRICT_CODE} and
 * {@link #MATCH_ID} are mirrors the BPMN passes on to its called processes
 * ({@code districtDemandCollection}, {@code nomination}, {@code matching}, {@code agreementSigning}).
 */
@Component
public class SelectionRoundContract implements ProcessContract {

  public static final String PROCESS_KEY = "selectionRound";

  // start form (and REST start)
  public static final Var<Long> ROUND_YEAR = Var.whole("roundYear");
  public static final Var<LocalDate> COLLECTION_DEADLINE = Var.date("collectionDeadline");

  // case context, set when the round opens: Tasklist columns and the called processes' in-mappings
  public static final Var<Long> ROUND_ID = Var.whole("roundId");
  public static final Var<String> CASE_TITLE = Var.text("caseTitle");

  /** Element variable of the demand-collection multi-instance (one district each); passed to the collection. */
  public static final Var<String> DISTRICT_CODE = Var.text("districtCode");
  /** Element variable of the agreement multi-instance (one final match each); passed to agreementSigning. */
  public static final Var<Long> MATCH_ID = Var.whole("matchId");

  // the supply–demand comparison (P-04), shown to the city bureau
  public static final Var<SpinJsonNode> SUPPLY_BY_INDUSTRY = Var.json("supplyByIndustry");
  public static final Var<SpinJsonNode> DEMANDS_BY_DISTRICT = Var.json("demandsByDistrict");
  public static final Var<Date> SUPPLY_DEMAND_REVIEW_DUE = Var.time("supplyDemandReviewDue");

  // 审阅供需比对结果
  public static final String REVIEW_SUPPLY_DEMAND_TASK = "Activity_ReviewSupplyDemand";
  public static final Var<Boolean> SUPPLY_DEMAND_CONFIRMED = Var.flag("supplyDemandConfirmed");
  public static final Var<String> SUPPLY_DEMAND_NOTE = Var.text("supplyDemandNote");

  // activities of the round, for tests and Cockpit
  public static final String COLLECT_DEMANDS_ACTIVITY = "Activity_CollectDistrictDemands";
  public static final String COMPILE_SUPPLY_DEMAND_ACTIVITY = "Activity_CompileSupplyDemand";
  public static final String NOMINATION_ACTIVITY = "Activity_Nomination";
  public static final String MATCHING_ACTIVITY = "Activity_Matching";
  public static final String SIGN_AGREEMENTS_ACTIVITY = "Activity_SignAgreements";

  /** Tasklist's search box finds this process's tasks by these mirrors of the domain (issue 15). */
  @Override
  public List<Var<String>> searchedBy() {
    return List.of(CASE_TITLE);
  }

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  @Override
  public StartSpec start() {
    return StartSpec.form("selection-round-start", ROUND_YEAR, COLLECTION_DEADLINE);
  }

  @Override
  public List<UserTask> userTasks() {
    return List.of(UserTask.of(REVIEW_SUPPLY_DEMAND_TASK, "selection-round-supply-demand", SUPPLY_DEMAND_CONFIRMED,
        SUPPLY_DEMAND_NOTE));
  }
}
