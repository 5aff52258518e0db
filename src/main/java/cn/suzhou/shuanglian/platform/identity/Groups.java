package cn.suzhou.shuanglian.platform.identity;

import java.util.List;
import java.util.Optional;

/** The Camunda groups of DESIGN §1. District and source-unit groups are made per row of their tables. */
public final class Groups {

  public static final String CITY = "city-stb";
  public static final String DISTRICT_PREFIX = "district-";
  public static final String SOURCE_UNIT_PREFIX = "source-unit-";
  public static final String COMMISSIONERS = "commissioners";
  public static final String ENTERPRISES = "enterprises";
  public static final String PROCESS_MANAGERS = "process-managers";
  public static final String ADMIN = "camunda-admin";

  /** The co-organising departments that countersign the nomination list (P-03). */
  public static final List<Fixed> CO_DEPARTMENTS = List.of(
      new Fixed("codept-org", "市委组织部"),
      new Fixed("codept-edu", "市教体局"),
      new Fixed("codept-hrss", "市人社局"),
      new Fixed("codept-sasac", "市国资委"));

  /** Groups whose ids do not depend on data. */
  public static final List<Fixed> FIXED = List.of(
      new Fixed(CITY, "市科技局"),
      CO_DEPARTMENTS.get(0), CO_DEPARTMENTS.get(1), CO_DEPARTMENTS.get(2), CO_DEPARTMENTS.get(3),
      new Fixed(COMMISSIONERS, "双链融合专员"),
      new Fixed(ENTERPRISES, "服务单位（企业联系人）"),
      new Fixed(PROCESS_MANAGERS, "流程管理员"),
      new Fixed(ADMIN, "系统管理员"));

  private Groups() {}

  public static String district(String districtCode) {
    return DISTRICT_PREFIX + districtCode;
  }

  public static String sourceUnit(String sourceUnitCode) {
    return SOURCE_UNIT_PREFIX + sourceUnitCode;
  }

  public static Optional<String> districtCodeOf(String groupId) {
    return groupId.startsWith(DISTRICT_PREFIX) ? Optional.of(groupId.substring(DISTRICT_PREFIX.length())) : Optional.empty();
  }

  public static Optional<String> sourceUnitCodeOf(String groupId) {
    return groupId.startsWith(SOURCE_UNIT_PREFIX)
        ? Optional.of(groupId.substring(SOURCE_UNIT_PREFIX.length())) : Optional.empty();
  }

  public record Fixed(String id, String name) {}
}
