package cn.suzhou.shuanglian.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Rows of a district's lists as the Tasklist forms and integrators submit them. */
public final class DemandRows {

  private DemandRows() {}

  /** A service unit that passes screening: policy, lawful operation, potential and the enterprise's consent. */
  public static Map<String, Object> serviceUnit(String creditCode, String name) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("creditCode", creditCode);
    row.put("name", name);
    row.put("industryGroupCode", "NEW_MATERIALS");
    row.put("scale", "MEDIUM");
    row.put("contactName", "刘建华");
    row.put("contactPhone", "13955710001");
    row.put("compliesWithPolicy", true);
    row.put("lawfulOperation", true);
    row.put("scaleAndPotential", "年产新型墙材 60 万立方米，省级专精特新企业");
    row.put("consent", true);
    row.put("consentBy", "刘建华 总经理");
    return row;
  }

  public static Map<String, Object> withoutConsent(Map<String, Object> row) {
    Map<String, Object> copy = new LinkedHashMap<>(row);
    copy.put("consent", false);
    return copy;
  }

  /** A technology demand of the service unit with this credit code. */
  public static Map<String, Object> demand(String creditCode, String title) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("creditCode", creditCode);
    row.put("title", title);
    row.put("industryGroupCode", "NEW_MATERIALS");
    row.put("industryCategory", "LEADING");
    row.put("demandType", "TECH_PROBLEM");
    row.put("description", "以煤矸石、粉煤灰为原料的蒸压砌块强度不稳定，需优化配方与养护工艺。");
    row.put("cooperationSought", "联合攻关");
    return row;
  }
}
