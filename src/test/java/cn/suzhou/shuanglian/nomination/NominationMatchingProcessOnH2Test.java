package cn.suzhou.shuanglian.nomination;

import org.junit.jupiter.api.DisplayName;

@DisplayName("nomination / matching on H2")
class NominationMatchingProcessOnH2Test extends NominationMatchingProcessContract {}
