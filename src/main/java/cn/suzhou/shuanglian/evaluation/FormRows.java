package cn.suzhou.shuanglian.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/** Rows (records) as the Json a Camunda Form's table reads (PLATFORM-NOTES), for a {@code Var.json}. */
@Component
class FormRows {

  private final ObjectMapper json;

  FormRows(ObjectMapper json) {
    this.json = json;
  }

  SpinJsonNode of(List<?> rows) {
    try {
      return Spin.JSON(json.writeValueAsString(rows));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("rows not serialisable as JSON", e);
    }
  }
}
