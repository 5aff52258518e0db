package cn.suzhou.shuanglian.report;

import cn.suzhou.shuanglian.commissioner.CommissionerLevel;
import cn.suzhou.shuanglian.round.RoundStatus;
import java.util.List;

/**
 * A round's commissioners per district and level (P-13): how many provincial- and city-level
 * commissioners each district has in the round's matching, under signed agreements and in running
 * dispatches. Every district the reader may see has a line for each level asked for, zero included.
 *
 * @param level the level asked for, or null for both
 * @param lines one per district and level, districts in their usual order
 * @param totals one per level over the lines shown
 */
public record LevelReport(int year, RoundStatus roundStatus, CommissionerLevel level, List<Line> lines,
    List<Total> totals) {

  /**
   * @param matched commissioners matched to the district (proposed or final; not those who declined)
   * @param signed agreements signed with the district
   * @param activeDispatches dispatches serving the district now
   */
  public record Line(String districtCode, String districtName, CommissionerLevel level, String levelLabel,
      int matched, int signed, int activeDispatches) {}

  public record Total(CommissionerLevel level, String levelLabel, int matched, int signed, int activeDispatches) {}
}
