package cn.suzhou.shuanglian.platform.config;

import org.junit.jupiter.api.DisplayName;

/** The HAL relation cache on H2 (the demo database). */
@DisplayName("HAL relation cache keeps each reader's list their own (H2)")
class HalRelationCacheOnH2Test extends HalRelationCacheContract {}
