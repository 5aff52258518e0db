package cn.suzhou.shuanglian.platform;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@DisplayName("races on H2: one winner, the rest 409, no 500, no stall")
class RaceOnH2Test extends RaceContract {

  @Override
  String database() {
    return "H2";
  }
}
