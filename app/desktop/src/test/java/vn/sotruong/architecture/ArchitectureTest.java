package vn.sotruong.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the compiler cannot see: every module's production classes (server and reports are on this
 * test class path on purpose), minus jOOQ's generated code.
 */
class ArchitectureTest {
    private static JavaClasses all;

    @BeforeAll
    static void importClasses() {
        all = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/vn/sotruong/data/jooq/"))
                // the data module's shared test fixtures (a test-jar on this module's test classpath) are tests too
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("vn.sotruong");
    }

    @Test
    void theImportSeesEveryModuleWeCheck() {
        // guards the rules below against passing on an empty or partial import
        for (String pkg : new String[] {"vn.sotruong.core", "vn.sotruong.data", "vn.sotruong.desktop",
                "vn.sotruong.cli"}) {
            org.assertj.core.api.Assertions.assertThat(all.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)))
                    .as(pkg).isTrue();
        }
    }

    @Test
    void modulesHaveNoPackageCycles() {
        slices().matching("vn.sotruong.(*)..").should().beFreeOfCycles().allowEmptyShould(false).check(all);
    }

    @Test
    void desktopFeaturesHaveNoPackageCycles() {
        slices().matching("vn.sotruong.desktop.(*)..").should().beFreeOfCycles().check(all);
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        ArchRule r = noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..");
        r.check(all);
    }

    @Test
    void coreIsPureJava() {
        noClasses().that().resideInAPackage("vn.sotruong.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "javafx..", "org.apache.poi..",
                        "org.h2..", "vn.sotruong.data..", "vn.sotruong.desktop..")
                .check(all);
    }

    @Test
    void onlyTheDesktopUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("vn.sotruong.desktop..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(all);
    }

    @Test
    void viewsNeverSeeJooq() {
        noClasses().that().resideInAPackage("vn.sotruong.desktop..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "vn.sotruong.data.jooq..")
                .check(all);
    }

    @Test
    void noStandardStreamsOutsideTheCommandLineAndTheLauncher() {
        // the benchmark harness (run under -Pbench) reports on stdout by design, like the command line
        noClasses().that().resideOutsideOfPackages("vn.sotruong.cli..", "vn.sotruong.testkit.bench..")
                .and().doNotHaveFullyQualifiedName("vn.sotruong.desktop.Launcher")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .check(all);
    }

    @Test
    void onlyTheCompositionRootSeesTheReportsModule() {
        // pages get the printer through ShellActions; the layout library stays behind core's RegisterPrinter port
        noClasses().that().resideInAPackage("vn.sotruong.desktop..").and().resideOutsideOfPackage("vn.sotruong.desktop.app..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.sotruong.reports..", "net.sf.jasperreports..")
                .check(all);
    }

    @Test
    void viewModelsHoldNoStaticState() {
        classes().that().haveSimpleNameEndingWith("ViewModel")
                .should().haveOnlyFinalFields()
                .orShould().haveSimpleNameEndingWith("IdleLockViewModel")
                .check(all);
    }
}
