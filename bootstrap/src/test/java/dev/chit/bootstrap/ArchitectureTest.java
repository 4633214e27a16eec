package dev.chit.bootstrap;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.chit.adapters.web.archfixture.HomeMadeHabits;
import dev.chit.adapters.web.archfixture.ReachesIntoPersistence;
import dev.chit.application.support.Sha256;
import dev.chit.domain.archfixture.LeakyOrderPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hexagon, as rules the build enforces: dependencies point inward, adapters do not know
 * each other, only bootstrap knows bootstrap, and no package cycles. Each rule refuses to
 * pass on an empty selection, so a renamed package cannot make it silently check nothing.
 * The fixtures (test classes that break a rule on purpose) show each kind of rule failing.
 */
class ArchitectureTest {

    static final ArchRule DOMAIN_IS_JDK_ONLY = classes()
            .that().resideInAPackage("dev.chit.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.chit.domain..")
            .allowEmptyShould(false)
            .as("the domain depends on the JDK and itself only");

    static final ArchRule APPLICATION_IS_JDK_AND_DOMAIN_ONLY = classes()
            .that().resideInAPackage("dev.chit.application..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "dev.chit.domain..", "dev.chit.application..")
            .allowEmptyShould(false)
            .as("the application depends on the JDK, the domain and itself only");

    static final ArchRule ADAPTERS_DO_NOT_KNOW_EACH_OTHER = slices()
            .matching("dev.chit.adapters.(*)..")
            .should().notDependOnEachOther()
            .allowEmptyShould(false)
            .as("no adapter depends on another adapter");

    static final ArchRule ONLY_BOOTSTRAP_KNOWS_BOOTSTRAP = noClasses()
            .that().resideOutsideOfPackage("dev.chit.bootstrap..")
            .should().dependOnClassesThat().resideInAPackage("dev.chit.bootstrap..")
            .allowEmptyShould(false)
            .as("nothing but bootstrap depends on bootstrap");

    static final ArchRule NO_PACKAGE_CYCLES = slices()
            .matching("dev.chit.(**)")
            .should().beFreeOfCycles()
            .allowEmptyShould(false)
            .as("there are no package cycles");

    static final ArchRule ONE_SHA256 = noClasses()
            .that().doNotHaveFullyQualifiedName(Sha256.class.getName())
            .should().dependOnClassesThat().haveFullyQualifiedName(MessageDigest.class.getName())
            .allowEmptyShould(false)
            .as("SHA-256 and constant-time comparisons go through Sha256 only");

    private static JavaClasses chit;

    @BeforeAll
    static void importChit() {
        chit = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // Other modules' test-jars (shared test fixtures) are test code too.
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.chit");
    }

    @Test
    void everyModuleIsImported() {
        for (String module : new String[] {"domain", "application", "adapters.persistence", "adapters.web",
                "adapters.payment", "adapters.export", "adapters.notification", "adapters.imaging",
                "adapters.printing", "bootstrap"}) {
            assertThat(chit.stream().anyMatch(c -> c.getPackageName().startsWith("dev.chit." + module)))
                    .as("classes of dev.chit.%s are on the test class path", module)
                    .isTrue();
        }
    }

    @Test
    void domainDependsOnTheJdkOnly() {
        DOMAIN_IS_JDK_ONLY.check(chit);
    }

    @Test
    void applicationDependsOnTheJdkAndTheDomainOnly() {
        APPLICATION_IS_JDK_AND_DOMAIN_ONLY.check(chit);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        ADAPTERS_DO_NOT_KNOW_EACH_OTHER.check(chit);
    }

    @Test
    void onlyBootstrapDependsOnBootstrap() {
        ONLY_BOOTSTRAP_KNOWS_BOOTSTRAP.check(chit);
    }

    @Test
    void packagesAreFreeOfCycles() {
        NO_PACKAGE_CYCLES.check(chit);
    }

    @Test
    void onlySha256Digests() {
        ONE_SHA256.check(chit);
    }

    @Test
    void aClassWithItsOwnDigestBreaksTheSha256Rule() {
        EvaluationResult result = ONE_SHA256.evaluate(new ClassFileImporter().importClasses(HomeMadeHabits.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("HomeMadeHabits").contains("MessageDigest"));
    }

    @Test
    void aDomainClassThatImportsAFrameworkBreaksTheDomainRule() {
        EvaluationResult result = DOMAIN_IS_JDK_ONLY.evaluate(new ClassFileImporter().importClasses(LeakyOrderPolicy.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("LeakyOrderPolicy").contains("io.helidon.config.Config"));
    }

    @Test
    void anAdapterThatReachesIntoAnotherBreaksTheAdapterRule() {
        JavaClasses withFixture = new ClassFileImporter().importClasses(
                ReachesIntoPersistence.class, dev.chit.adapters.persistence.Database.class);

        EvaluationResult result = ADAPTERS_DO_NOT_KNOW_EACH_OTHER.evaluate(withFixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("ReachesIntoPersistence"));
    }

    @Test
    void aClassOutsideBootstrapThatUsesItBreaksTheBootstrapRule() {
        EvaluationResult result = ONLY_BOOTSTRAP_KNOWS_BOOTSTRAP.evaluate(
                new ClassFileImporter().importClasses(ReachesIntoPersistence.class, ChitSettings.class));

        assertThat(result.hasViolation()).isTrue();
    }
}
