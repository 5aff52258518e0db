package cn.suzhou.shuanglian.commissioner;

import cn.suzhou.shuanglian.platform.web.ApiException;
import cn.suzhou.shuanglian.platform.web.ApiException.FieldProblem;
import cn.suzhou.shuanglian.platform.web.Messages;
import java.util.List;

/**
 * The {@code level} query parameter of the list endpoints that serve as reports (P-13): absent or
 * blank lists every level; {@code PROVINCIAL} or {@code MUNICIPAL} lists that level only; any other
 * value is a 400 naming the parameter.
 */
public record LevelFilter(CommissionerLevel level) {

  /** The query parameter's name. */
  public static final String PARAMETER = "level";

  /** The parameter as the OpenAPI document describes it. */
  public static final String DESCRIPTION = "commissioner level (P-13): PROVINCIAL 省级 or MUNICIPAL 市级; "
      + "absent for every level; any other value is a 400 naming the parameter";

  /** Every level. */
  public static final LevelFilter ANY = new LevelFilter(null);

  public static LevelFilter parse(String value, Messages messages) {
    if (value == null || value.isBlank()) {
      return ANY;
    }
    for (CommissionerLevel candidate : CommissionerLevel.values()) {
      if (candidate.name().equals(value.strip())) {
        return new LevelFilter(candidate);
      }
    }
    throw ApiException.invalid(List.of(new FieldProblem(PARAMETER, messages.get("level.param.invalid", value))));
  }

  /** Does a commissioner of this level pass the filter? */
  public boolean admits(CommissionerLevel candidate) {
    return level == null || level == candidate;
  }

  public boolean admits(Commissioner commissioner) {
    return admits(commissioner.getLevel());
  }
}
