package cn.suzhou.shuanglian.export;

import java.util.Map;

/**
 * Chinese labels of the states the JSON lists give as codes only (the others — level, scale, category,
 * project status, measure — carry their own label). A code without a label shows as the code, which a
 * test of every export would catch.
 */
final class Labels {

  private Labels() {}

  static final Map<String, String> DISPATCH_STATUS = Map.of(
      "ACTIVE", "派驻中", "TERMINATED", "已终止", "COMPLETED", "期满结束", "RENEWED", "期满续派");

  static final Map<String, String> AGREEMENT_STATUS = Map.of(
      "PENDING", "待专员确认", "ACCEPTED", "专员已接受，待签订", "SIGNED", "已签订", "DECLINED", "专员已谢绝");

  static final Map<String, String> MISCONDUCT_STATUS = Map.of(
      "REPORTED", "已举报，待核实", "INVESTIGATED", "已核实，待审定", "CONFIRMED", "确认违纪", "DISMISSED", "不予认定");

  static final Map<String, String> REPORTER_ROLE = Map.of(
      "CITY", "市科技局", "DISTRICT", "县区/园区科技部门", "ENTERPRISE", "服务企业");

  static final Map<String, String> DISPATCH_OUTCOME = Map.of(
      "TERMINATED", "派驻已终止", "ALREADY_ENDED", "派驻此前已结束", "CONTINUES", "继续派驻");

  static final Map<String, String> DEMAND_STATUS = Map.of(
      "DRAFT", "县区填报中", "SUBMITTED", "已报市科技局审定", "RETURNED", "已退回修改", "APPROVED", "已审定");

  static final Map<String, String> RELEASE_STATUS = Map.of(
      "PENDING", "待派出单位确认", "RELEASED", "同意选派", "REFUSED", "不同意选派");

  static final Map<String, String> MATCH_STATUS = Map.of(
      "PROPOSED", "拟匹配", "FINAL", "已确定", "DECLINED", "专员已谢绝");

  static final Map<String, String> SERVICE_RECORD_STATUS = Map.of(
      "PENDING", "待企业确认", "CONFIRMED", "企业已确认", "DISPUTED", "企业有异议");

  static final Map<String, String> EVALUATION_STATUS = Map.of(
      "OPEN", "待专员总结", "SUMMARISED", "待县区评分", "SCORED", "待市科技局审定", "APPROVED", "已审定");

  /** The label of an enum (or its name as text), or null for null. */
  static String of(Map<String, String> labels, Object code) {
    if (code == null) {
      return null;
    }
    String name = code instanceof Enum<?> e ? e.name() : code.toString();
    return labels.getOrDefault(name, name);
  }
}
