package dev.storeemulator.emulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape every store keeps (INVARIANTS.md): a store is one package, registered in {@link StoreRegistry};
 * store packages never depend on each other; the shared packages never depend on a store package; and the
 * packages have no cycles. The store packages are the registry's, so a new store is held to this at once.
 */
class ArchitectureTest {
    static final String ROOT = "dev.storeemulator.emulator";
    static JavaClasses classes;
    static List<String> storePackages;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        storePackages = StoreRegistry.stores().stream()
                .map(s -> s.getClass().getPackageName())
                .toList();
    }

    @Test
    void everyStoreHasItsOwnPackage() {
        org.assertj.core.api.Assertions.assertThat(storePackages)
                .doesNotHaveDuplicates()
                .allSatisfy(p -> org.assertj.core.api.Assertions.assertThat(p)
                        .startsWith(ROOT + ".")
                        .matches(java.util.regex.Pattern.quote(ROOT) + "\\.[a-z0-9]+"));
    }

    @Test
    void storePackagesAreIndependentOfEachOther() {
        for (String store : storePackages) {
            String[] others = storePackages.stream()
                    .filter(p -> !p.equals(store))
                    .map(p -> p + "..")
                    .toArray(String[]::new);
            noClasses()
                    .that()
                    .resideInAPackage(store + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(others)
                    .because("a store never reaches into another store")
                    .allowEmptyShould(true) // a store plugged in by the test suite has no main classes
                    .check(classes);
        }
    }

    @Test
    void sharedPackagesNeverNameAStore() {
        String[] stores = storePackages.stream().map(p -> p + "..").toArray(String[]::new);
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".(*)..")
                .and()
                .resideOutsideOfPackages(stores)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(stores)
                .because("what spans the stores iterates the registry (only StoreRegistry, in the root package, "
                        + "lists them)")
                .check(classes);
    }

    @Test
    void theRootPackageNamesAStoreOnlyInTheRegistry() {
        String[] stores = storePackages.stream().map(p -> p + "..").toArray(String[]::new);
        noClasses()
                .that()
                .resideInAPackage(ROOT)
                .and()
                .doNotHaveSimpleName("StoreRegistry")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(stores)
                .because("StoreEmulator, Main and the rest drive every store through the SPI")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }
}
