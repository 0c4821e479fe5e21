package io.irplaybook.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ws.rs.Produces;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The architecture of docs/architecture.md as rules the build checks. Each rule fails with its own
 * sentence and the offending classes. Only production classes are checked: tests and the benchmark
 * may reach into any package.
 */
class ArchitectureTest {

  private static final String BASE = "io.irplaybook";
  private static final String ENGINE = BASE + ".engine..";
  private static final String PLATFORM = BASE + ".platform..";
  private static final String WEB = BASE + ".web..";

  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(BASE);

  @Test
  void theEngineImportsNoFeature() {
    noClasses()
        .that()
        .resideInAPackage(ENGINE)
        .should()
        .dependOnClassesThat(resideInAPackage(BASE + "..").and(not(resideInAPackage(ENGINE))))
        .because("the embedded engine is a self-contained Zeebe-compatible server")
        .check(PRODUCTION);
  }

  @Test
  void nothingOutsideTheEngineImportsIt() {
    noClasses()
        .that()
        .resideOutsideOfPackage(ENGINE)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ENGINE)
        .because(
            "features reach the engine only through the Camunda client, so that moving to a"
                + " Camunda 8 cluster is a configuration change and never a code change")
        .check(PRODUCTION);
  }

  @Test
  void topLevelPackagesHaveNoCycles() {
    slices()
        .matching(BASE + ".(*)..")
        .namingSlices("package $1")
        .should()
        .beFreeOfCycles()
        .because("a cycle between features means neither can be understood or changed alone")
        .check(PRODUCTION);
  }

  @Test
  void aFeatureUsesAnotherOnlyThroughItsRootPackage() {
    // io.irplaybook itself holds only the command-line entry point, which may start any feature.
    classes()
        .that()
        .resideOutsideOfPackage(BASE)
        .should(useOtherFeaturesOnlyThroughTheirRootPackage())
        .because(
            "a feature's root package is its published API; its service, rest and config"
                + " packages may change without telling anyone")
        .check(PRODUCTION);
  }

  @Test
  void pagesLiveInWeb() {
    classes()
        .that(serveHtml())
        .should()
        .resideInAPackage(WEB)
        .because("every server-rendered page is in the web package, which only calls root APIs")
        .check(PRODUCTION);
  }

  @Test
  void noFeatureDependsOnWeb() {
    noClasses()
        .that()
        .resideOutsideOfPackage(WEB)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(WEB)
        .because("pages sit on top of the features, never underneath them")
        .check(PRODUCTION);
  }

  @Test
  void platformDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage(PLATFORM)
        .should()
        .dependOnClassesThat(resideInAPackage(BASE + "..").and(not(resideInAPackage(PLATFORM))))
        .because("platform is what every feature shares and nothing owns")
        .check(PRODUCTION);
  }

  @Test
  void auditDependsOnNothingButPlatform() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".audit..")
        .should()
        .dependOnClassesThat(
            resideInAPackage(BASE + "..").and(not(resideInAnyPackage(BASE + ".audit..", PLATFORM))))
        .because("every feature appends to the audit trail, so it can depend on none of them")
        .check(PRODUCTION);
  }

  /** The top-level package under io.irplaybook that a package belongs to, or null outside it. */
  static String feature(String packageName) {
    if (!packageName.startsWith(BASE + ".")) {
      return null;
    }
    String rest = packageName.substring(BASE.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static ArchCondition<JavaClass> useOtherFeaturesOnlyThroughTheirRootPackage() {
    return new ArchCondition<>("use another feature only through its root package") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String own = feature(origin.getPackageName());
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass().getBaseComponentType();
          String other = feature(target.getPackageName());
          boolean intoAnotherFeature = other != null && !other.equals(own);
          if (intoAnotherFeature && !target.getPackageName().equals(BASE + "." + other)) {
            events.add(
                SimpleConditionEvent.violated(
                    dependency,
                    "Expected "
                        + origin.getName()
                        + " to use feature '"
                        + other
                        + "' only through its root package "
                        + BASE
                        + "."
                        + other
                        + ", but it uses "
                        + target.getName()
                        + " ("
                        + dependency.getDescription()
                        + ")"));
          }
        }
      }
    };
  }

  private static DescribedPredicate<JavaClass> serveHtml() {
    return new DescribedPredicate<>("serve HTML (JAX-RS resources producing text/html)") {
      @Override
      public boolean test(JavaClass javaClass) {
        if (producesHtml(javaClass.tryGetAnnotationOfType(Produces.class).orElse(null))) {
          return true;
        }
        return javaClass.getMethods().stream()
            .anyMatch(m -> producesHtml(m.tryGetAnnotationOfType(Produces.class).orElse(null)));
      }
    };
  }

  private static boolean producesHtml(Produces produces) {
    return produces != null
        && Arrays.stream(produces.value()).anyMatch(type -> type.startsWith("text/html"));
  }
}
