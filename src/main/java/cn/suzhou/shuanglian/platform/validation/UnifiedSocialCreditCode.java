package cn.suzhou.shuanglian.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Bean Validation constraint backed by {@link ChineseIdentifiers#isUnifiedSocialCreditCode}; null is left to @NotBlank. */
@Documented
@Constraint(validatedBy = UnifiedSocialCreditCode.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface UnifiedSocialCreditCode {

  String message() default "{shuanglian.validation.uscc}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<UnifiedSocialCreditCode, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || ChineseIdentifiers.isUnifiedSocialCreditCode(value);
    }
  }
}
