package cn.suzhou.shuanglian.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("refusals reach officials as the rule's own message, without Camunda's English prefix")
class RuleRefusalMessagesTest {

  @Test
  @DisplayName("the start and task-form prefixes are taken off; other messages stay as they are")
  void prefixes() {
    assertThat(RuleRefusalMessages.stripped(
        "Cannot instantiate process definition projectApplication:1:1fb2-11f1: 专员周海明在 2026 年已申报"))
        .isEqualTo("专员周海明在 2026 年已申报");
    assertThat(RuleRefusalMessages.stripped("Cannot submit task form f48f4ea8-ed8d: 不予立项时须填写审定意见。"))
        .isEqualTo("不予立项时须填写审定意见。");
    assertThat(RuleRefusalMessages.stripped("Cannot complete task f48f: Invalid input: x: y")).isEqualTo("Invalid input: x: y");
    assertThat(RuleRefusalMessages.stripped("Task with id x does not exist")).isEqualTo("Task with id x does not exist");
  }
}
