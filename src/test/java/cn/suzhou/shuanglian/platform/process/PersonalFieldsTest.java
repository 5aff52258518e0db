package cn.suzhou.shuanglian.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.platform.process.boundary.PersonalDataInHistory.PersonalFields.Rule;
import cn.suzhou.shuanglian.platform.process.contract.Var.Mask;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How personal values are masked on their way into the engine's tables (P-14). */
class PersonalFieldsTest {

  @Test
  @DisplayName("a whole value: resident ID keeps region and last four, phone keeps prefix and last four; masking twice changes nothing")
  void wholeValues() {
    Rule id = new Rule(Mask.RESIDENT_ID, Map.of());
    assertThat(id.maskText("341321198503120420")).isEqualTo("341321********0420");
    assertThat(id.maskText(id.maskText("341321198503120420"))).isEqualTo("341321********0420");
    Rule phone = new Rule(Mask.PHONE, Map.of());
    assertThat(phone.maskText("13955710001")).isEqualTo("139****0001");
    assertThat(phone.maskText(null)).isNull();
  }

  @Test
  @DisplayName("a list's rows: only the personal field of each row is masked, other fields and 生僻字 stay as they were")
  void rows() {
    Rule rows = new Rule(null, Map.of("contactPhone", Mask.PHONE));
    String json = "[{\"name\":\"𠮷祥建材\",\"contactPhone\":\"13955710001\"},{\"name\":\"恒达\",\"contactPhone\":\"13800001111\"}]";
    String masked = new String(rows.maskBytes(json.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    assertThat(masked).contains("139****0001", "138****1111", "𠮷祥建材", "恒达").doesNotContain("13955710001");
    assertThat(rows.maskText("not json")).isEqualTo("not json");
  }
}
