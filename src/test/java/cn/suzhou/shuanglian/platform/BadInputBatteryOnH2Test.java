package cn.suzhou.shuanglian.platform;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@DisplayName("Bad-input battery on H2")
class BadInputBatteryOnH2Test extends BadInputBatteryContract {

  @Override
  String db() {
    return "H2";
  }
}
