package cn.suzhou.shuanglian.platform.process;

import cn.suzhou.shuanglian.platform.web.Messages;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reads a list variable submitted by the form or a REST integrator into rows; a row that cannot be read is null. */
@Component
public class ListRows {

  private final JsonVariables json;
  private final Messages messages;

  public ListRows(JsonVariables json, Messages messages) {
    this.json = json;
    this.messages = messages;
  }

  public <T> List<T> read(String variable, Object value, Class<T> type) {
    List<Map<String, Object>> rows = json.rows(value).orElseThrow(() ->
        new ProcessRuleViolation(variable, messages.get("process.list.notAList", variable)));
    return rows.stream().map(row -> row == null ? null : json.row(row, type).orElse(null)).toList();
  }
}
