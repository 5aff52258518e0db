package cn.suzhou.shuanglian.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.support.TestIds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("National identifiers: GB 32100 credit code, GB 11643 resident ID, mobile numbers")
class ChineseIdentifiersTest {

  @Tag("P-10")
  @ParameterizedTest(name = "valid credit code {0}")
  @ValueSource(strings = {"91341302MA2T000154", "91341302MA2NQ8C1XU", "91341324MA2N6D2W8J", "91341300MA2R2J6P5Y"})
  void acceptsCreditCodesWithTheirCheckCharacter(String code) {
    assertThat(ChineseIdentifiers.isUnifiedSocialCreditCode(code)).isTrue();
  }

  @Tag("P-10")
  @ParameterizedTest(name = "invalid credit code \"{0}\"")
  @NullAndEmptySource
  @ValueSource(strings = {
      "91341302MA2T000155",   // wrong check character
      "91341302MA2T00015",    // 17 characters
      "91341302MA2T0001544",  // 19 characters
      "91341302ma2t000154",   // lower case
      "91341302MI2T000154",   // I is not in the GB 32100 alphabet
      "91341302MA2T00O154"})  // O is not in the alphabet
  void refusesBrokenCreditCodes(String code) {
    assertThat(ChineseIdentifiers.isUnifiedSocialCreditCode(code)).isFalse();
  }

  @Tag("P-04")
  @ParameterizedTest(name = "valid resident ID {0}")
  @ValueSource(strings = {"341321198503120420", "341302197804152019", "34040319760301151X"})
  void acceptsResidentIdsWithTheirCheckDigit(String id) {
    assertThat(ChineseIdentifiers.isResidentIdNumber(id)).isTrue();
  }

  @Tag("P-04")
  @ParameterizedTest(name = "invalid resident ID \"{0}\"")
  @NullAndEmptySource
  @ValueSource(strings = {
      "341321198503120421",   // wrong check digit
      "34040319760301151x",   // lower-case x is not stored
      "341321198502300428",   // 30 February
      "34132119850312042",    // 17 characters
      "3413211985031204200",  // 19 characters
      "34132119850312042A"})  // letter other than X
  void refusesBrokenResidentIds(String id) {
    assertThat(ChineseIdentifiers.isResidentIdNumber(id)).isFalse();
  }

  @Test
  void testOracleAgreesWithTheValidatorOnGeneratedIds() {
    for (int n = 0; n < 500; n++) {
      assertThat(ChineseIdentifiers.isResidentIdNumber(TestIds.residentId(n))).as("id %d", n).isTrue();
    }
    assertThat(ChineseIdentifiers.isUnifiedSocialCreditCode(TestIds.creditCode("91341302MA2T00015"))).isTrue();
  }

  @ParameterizedTest(name = "valid mobile {0}")
  @ValueSource(strings = {"13805571234", "19955712345", "15005571234"})
  void acceptsMobileNumbers(String phone) {
    assertThat(ChineseIdentifiers.isMobilePhone(phone)).isTrue();
  }

  @ParameterizedTest(name = "invalid mobile \"{0}\"")
  @NullAndEmptySource
  @ValueSource(strings = {"12805571234", "1380557123", "138055712345", "+8613805571234", "0557-3021234", "138-0557-1234"})
  void refusesOtherNumbers(String phone) {
    assertThat(ChineseIdentifiers.isMobilePhone(phone)).isFalse();
  }

  @Test
  void masksPhonesAndIds() {
    assertThat(ChineseIdentifiers.maskPhone("13805571234")).isEqualTo("138****1234");
    assertThat(ChineseIdentifiers.maskResidentId("341321198503120420")).isEqualTo("341321********0420");
  }
}
