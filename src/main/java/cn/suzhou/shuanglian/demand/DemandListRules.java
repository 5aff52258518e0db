package cn.suzhou.shuanglian.demand;

import cn.suzhou.shuanglian.district.District;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.enterprise.EnterpriseScale;
import cn.suzhou.shuanglian.enterprise.Enterprises;
import cn.suzhou.shuanglian.industry.IndustryGroup;
import cn.suzhou.shuanglian.industry.IndustryGroups;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.validation.Characters;
import cn.suzhou.shuanglian.platform.validation.ChineseIdentifiers;
import cn.suzhou.shuanglian.platform.web.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The rules every row of a district's lists must keep, checked the same way whether the rows come
 * from the Tasklist form, a task completed over REST or the domain API. Every problem of every row
 * is reported at once, named by its path ({@code serviceUnits[2].consent}) and, for people, by row
 * number and field label; when there is one, nothing is written.
 *
 * <ul>
 *   <li>P-10 service units: a valid unified social credit code (GB 32100) not listed twice and not
 *       registered with another district; name, industry group, scale, contact and mobile phone (the
 *       masked form of the phone on record, 139****0001, as the forms show it, keeps that number);
 *       complies with industrial policy; lawful and regular operation; scale and potential
 *       described; and the enterprise's own consent with who gave it — no consent, no service
 *       unit (no administrative orders).
 *   <li>P-12(1) demands: tied to a service unit of this list by its credit code; a title unique in
 *       the list; industry group; category (leading / emerging industry, backbone enterprise);
 *       type (P-06/P-09); description; the cooperation sought.
 * </ul>
 */
@Component
public class DemandListRules {

  private static final String SERVICE_UNITS = DemandCollectionContract.SERVICE_UNITS.name();
  private static final String DEMANDS = DemandCollectionContract.DEMANDS.name();

  private final Enterprises enterprises;
  private final IndustryGroups industryGroups;
  private final Messages messages;

  public DemandListRules(Enterprises enterprises, IndustryGroups industryGroups, Messages messages) {
    this.enterprises = enterprises;
    this.industryGroups = industryGroups;
    this.messages = messages;
  }

  /**
   * A service-unit row that kept every rule, with what it refers to resolved; {@code contactPhone} is
   * the full number to keep (the one on record when the row sent its masked form back).
   */
  public record CheckedServiceUnit(String creditCode, ServiceUnitRow row, Optional<Enterprise> registered,
      IndustryGroup industryGroup, EnterpriseScale scale, String contactPhone) {}

  /** A demand row that kept every rule, with what it refers to resolved. */
  public record CheckedDemand(String creditCode, DemandRow row, IndustryGroup industryGroup,
      IndustryCategory category, DemandType type) {}

  /**
   * Checks service-unit rows of a district (a null row could not be read at all).
   *
   * @param alreadyListed credit codes on the district's list already, which the rows may not repeat
   *     (when adding through the API); empty when the rows replace the list
   */
  public List<CheckedServiceUnit> checkServiceUnits(District district, List<ServiceUnitRow> rows,
      Set<String> alreadyListed) {
    List<Problem> problems = new ArrayList<>();
    if (rows.isEmpty()) {
      problems.add(new Problem(SERVICE_UNITS, messages.get("demand.serviceUnits.empty")));
    }
    Map<String, IndustryGroup> groups = industryGroupsByCode();
    Set<String> seen = new HashSet<>();
    List<CheckedServiceUnit> checked = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row at = new Row(SERVICE_UNITS, i, problems);
      ServiceUnitRow row = rows.get(i);
      if (row == null) {
        at.problem("row", "demand.row.unreadable");
        continue;
      }
      String creditCode = upper(row.creditCode());
      Optional<Enterprise> registered = Optional.empty();
      if (at.required("creditCode", creditCode)) {
        if (!ChineseIdentifiers.isUnifiedSocialCreditCode(creditCode)) {
          at.problem("creditCode", "shuanglian.validation.uscc");
        } else if (!seen.add(creditCode)) {
          at.problem("creditCode", "demand.serviceUnit.duplicate", creditCode);
        } else if (alreadyListed.contains(creditCode)) {
          at.problem("creditCode", "demand.serviceUnit.alreadyListed", creditCode);
        } else {
          registered = enterprises.findWithDistrictByCreditCode(creditCode);
          registered.filter(e -> !e.getDistrict().getCode().equals(district.getCode())).ifPresent(e ->
              at.problem("creditCode", "demand.serviceUnit.otherDistrict", e.getName(), e.getDistrict().getName()));
        }
      }
      at.text("name", row.name(), 128);
      IndustryGroup group = at.code("industryGroupCode", row.industryGroupCode(), groups);
      EnterpriseScale scale = at.constant("scale", row.scale(), EnterpriseScale.class);
      at.text("contactName", row.contactName(), 64);
      String phone = trim(row.contactPhone());
      if (at.required("contactPhone", phone)) {
        String onRecord = registered.filter(e -> e.getDistrict().getCode().equals(district.getCode()))
            .map(Enterprise::getContactPhone).orElse(null);
        if (onRecord != null && phone.equals(ChineseIdentifiers.maskPhone(onRecord))) {
          phone = onRecord;  // the masked number the form showed, sent back unchanged
        } else if (phone.contains("*")) {
          at.problem("contactPhone", "demand.serviceUnit.maskedPhone");
        } else if (!ChineseIdentifiers.isMobilePhone(phone)) {
          at.problem("contactPhone", "shuanglian.validation.mobile");
        }
      }
      if (!Boolean.TRUE.equals(row.compliesWithPolicy())) {
        at.problem("compliesWithPolicy", "demand.serviceUnit.policy");
      }
      if (!Boolean.TRUE.equals(row.lawfulOperation())) {
        at.problem("lawfulOperation", "demand.serviceUnit.lawful");
      }
      at.text("scaleAndPotential", row.scaleAndPotential(), 500);
      if (!Boolean.TRUE.equals(row.consent())) {
        at.problem("consent", "demand.serviceUnit.consent");
      } else {
        at.text("consentBy", row.consentBy(), 64);
      }
      checked.add(new CheckedServiceUnit(creditCode, row, registered, group, scale, phone));
    }
    if (!problems.isEmpty()) {
      throw new ProcessRuleViolation(problems);
    }
    return checked;
  }

  /**
   * Checks demand rows against the district's service units (by credit code).
   *
   * @param titlesTaken titles on the district's list already, which the rows may not repeat (when
   *     adding through the API); empty when the rows replace the list
   */
  public List<CheckedDemand> checkDemands(List<DemandRow> rows, Set<String> serviceUnitCreditCodes,
      Set<String> titlesTaken) {
    List<Problem> problems = new ArrayList<>();
    if (rows.isEmpty()) {
      problems.add(new Problem(DEMANDS, messages.get("demand.demands.empty")));
    }
    Map<String, IndustryGroup> groups = industryGroupsByCode();
    Set<String> titles = new HashSet<>();
    List<CheckedDemand> checked = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row at = new Row(DEMANDS, i, problems);
      DemandRow row = rows.get(i);
      if (row == null) {
        at.problem("row", "demand.row.unreadable");
        continue;
      }
      String creditCode = upper(row.creditCode());
      if (at.required("creditCode", creditCode)) {
        if (!ChineseIdentifiers.isUnifiedSocialCreditCode(creditCode)) {
          at.problem("creditCode", "shuanglian.validation.uscc");
        } else if (!serviceUnitCreditCodes.contains(creditCode)) {
          at.problem("creditCode", "demand.demand.notServiceUnit", creditCode);
        }
      }
      String title = trim(row.title());
      if (at.text("title", title, 128)) {
        if (!titles.add(title)) {
          at.problem("title", "demand.demand.duplicateTitle", title);
        } else if (titlesTaken.contains(title)) {
          at.problem("title", "demand.demand.titleTaken", title);
        }
      }
      IndustryGroup group = at.code("industryGroupCode", row.industryGroupCode(), groups);
      IndustryCategory category = at.constant("industryCategory", row.industryCategory(), IndustryCategory.class);
      DemandType type = at.constant("demandType", row.demandType(), DemandType.class);
      at.text("description", row.description(), 2000);
      at.text("cooperationSought", row.cooperationSought(), 200);
      checked.add(new CheckedDemand(creditCode, row, group, category, type));
    }
    if (!problems.isEmpty()) {
      throw new ProcessRuleViolation(problems);
    }
    return checked;
  }

  private Map<String, IndustryGroup> industryGroupsByCode() {
    return industryGroups.findAll().stream().collect(Collectors.toMap(IndustryGroup::getCode, Function.identity()));
  }

  static String trim(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  static String upper(String value) {
    String trimmed = trim(value);
    return trimmed == null ? null : trimmed.toUpperCase(Locale.ROOT);
  }

  /** Problems of one row, worded "第 3 行「统一社会信用代码」：…" with the path serviceUnits[2].creditCode. */
  private final class Row {
    private final String list;
    private final int index;
    private final List<Problem> problems;

    Row(String list, int index, List<Problem> problems) {
      this.list = list;
      this.index = index;
      this.problems = problems;
    }

    void problem(String field, String key, Object... args) {
      String label = messages.get(list + ".field." + field);
      problems.add(new Problem(list + "[" + index + "]." + field,
          messages.get("demand.row.problem", index + 1, label, messages.get(key, args))));
    }

    boolean required(String field, String value) {
      if (value == null) {
        problem(field, "demand.row.required");
        return false;
      }
      return true;
    }

    boolean text(String field, String value, int max) {
      String trimmed = trim(value);
      if (!required(field, trimmed)) {
        return false;
      }
      if (Characters.count(trimmed) > max) {
        problem(field, "demand.row.tooLong", max);
        return false;
      }
      return true;
    }

    IndustryGroup code(String field, String value, Map<String, IndustryGroup> known) {
      String code = upper(value);
      if (!required(field, code)) {
        return null;
      }
      IndustryGroup group = known.get(code);
      if (group == null) {
        problem(field, "error.industryGroup.unknown", code);
      }
      return group;
    }

    <E extends Enum<E>> E constant(String field, String value, Class<E> type) {
      String name = upper(value);
      if (!required(field, name)) {
        return null;
      }
      try {
        return Enum.valueOf(type, name);
      } catch (IllegalArgumentException e) {
        problem(field, "demand.row.oneOf", Arrays.stream(type.getEnumConstants()).map(Enum::name)
            .collect(Collectors.joining(", ")));
        return null;
      }
    }
  }
}
