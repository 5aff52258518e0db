package cn.suzhou.shuanglian.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The package structure as the guide asks for it: one package per area of the policy plus a small
 * {@code platform} that knows none of them; feature packages without cycles between them, each
 * keeping its Spring Data repositories to itself (demo seed data excepted).
 */
class ArchitectureTest {

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("cn.suzhou.shuanglian");
  }

  @Test
  @DisplayName("platform depends on no feature package (demo data and grants live in their own packages)")
  void platformKnowsNoFeature() {
    noClasses().that().resideInAPackage("cn.suzhou.shuanglian.platform..")
        .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("a feature class",
            c -> c.getPackageName().startsWith("cn.suzhou.shuanglian.")
                && !c.getPackageName().startsWith("cn.suzhou.shuanglian.platform")
                && !c.getPackageName().equals("cn.suzhou.shuanglian")))
        .check(classes);
  }

  @Test
  @DisplayName("no cycles between feature packages")
  void noCyclesBetweenFeatures() {
    slices().matching("cn.suzhou.shuanglian.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  @DisplayName("no feature uses another feature's repository; demo seed data excepted")
  void noFeatureUsesAnotherFeaturesRepository() {
    classes().that().resideOutsideOfPackages("cn.suzhou.shuanglian.demo..", "cn.suzhou.shuanglian.platform..")
        .should(useNoRepositoryOfAnotherPackage())
        .check(classes);
  }

  /** A class depends on no {@code *Repository} of the application outside its own package. */
  static ArchCondition<JavaClass> useNoRepositoryOfAnotherPackage() {
    return new ArchCondition<>("use no repository of another package") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass();
          if (target.getPackageName().startsWith("cn.suzhou.shuanglian.")
              && target.getSimpleName().endsWith("Repository")
              && !target.getPackageName().equals(origin.getPackageName())) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }
}
