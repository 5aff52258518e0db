package cn.suzhou.shuanglian.board;

import cn.suzhou.shuanglian.platform.security.CurrentUser;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a reader of the board sees, as a condition of its SQL (P-14): the city bureau, process
 * managers and administrators everything; a county/park official their own district(s); a source unit
 * its own staff. The parameters {@code :scopeDistricts} and {@code :scopeUnits} are never empty lists
 * (an empty list is written as one code no row has), so the SQL stays valid on H2 and MariaDB.
 */
record BoardScope(boolean all, Set<String> districts, Set<String> sourceUnits) {

  private static final List<String> NONE = List.of("");

  static BoardScope of(CurrentUser reader) {
    return new BoardScope(reader.readsAllDistricts(), reader.districtCodes(), reader.sourceUnitCodes());
  }

  /** May the reader use the board at all (a district, a source unit or everything)? */
  boolean readsAnything() {
    return all || !districts.isEmpty() || !sourceUnits.isEmpty();
  }

  boolean seesDistrict(String code) {
    return all || districts.contains(code);
  }

  /** Rows of a district only (enterprises, demand lists): the district's officials and the city. */
  String districtOnly(String districtColumn) {
    return all ? "1=1" : districtColumn + " in (:scopeDistricts)";
  }

  /** Rows of a dispatch or a commissioner: its district, or the commissioner's source unit. */
  String districtOrUnit(String districtColumn, String unitColumn) {
    return all ? "1=1" : "(" + districtColumn + " in (:scopeDistricts) or " + unitColumn + " in (:scopeUnits))";
  }

  void bind(Map<String, Object> parameters) {
    parameters.put("scopeDistricts", districts.isEmpty() ? NONE : List.copyOf(districts));
    parameters.put("scopeUnits", sourceUnits.isEmpty() ? NONE : List.copyOf(sourceUnits));
  }
}
