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

/**
 * At most {@link #value()} characters, counted as Unicode code points ({@link Characters#count}), unlike
 * {@code @Size}, which counts UTF-16 units and so refuses 40 × 𠮷 under a limit of 64. Null is left to @NotBlank.
 */
@Documented
@Constraint(validatedBy = MaxCharacters.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxCharacters {

  /** The most characters (code points) allowed. */
  int value();

  String message() default "{shuanglian.validation.maxCharacters}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<MaxCharacters, CharSequence> {
    private int max;

    @Override
    public void initialize(MaxCharacters constraint) {
      max = constraint.value();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || Characters.count(value) <= max;
    }
  }
}
