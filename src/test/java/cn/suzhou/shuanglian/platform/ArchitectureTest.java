package cn.suzhou.shuanglian.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The package structure as the guide asks for it: one package per area of the policy plus a small
 * {@code platform} that knows none of them; feature packages without cycles between them.
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
}
