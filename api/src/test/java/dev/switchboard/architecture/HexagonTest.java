package dev.switchboard.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hexagon, checked against every production class of every module. */
class HexagonTest {

    private static final String ROOT = "dev.switchboard";
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        // Test classes other modules share as test jars (fixtures, test servers) are not production code either.
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(ROOT);
    }

    @Test
    void the_domain_depends_on_the_jdk_only() {
        Layers.domainDependsOnTheJdkOnly(ROOT).check(production);
    }

    @Test
    void routing_depends_on_the_domain_only() {
        Layers.routingDependsOnTheDomainOnly(ROOT).check(production);
    }

    @Test
    void the_scheduling_core_depends_on_the_domain_only() {
        Layers.schedulingCoreDependsOnTheDomainOnly(ROOT).check(production);
    }

    @Test
    void access_depends_on_the_domain_only() {
        Layers.accessDependsOnTheDomainOnly(ROOT).check(production);
    }

    @Test
    void the_outbound_core_depends_on_the_domain_only() {
        Layers.outboundCoreDependsOnTheDomainOnly(ROOT).check(production);
    }

    @Test
    void no_core_reaches_the_persistence_adapters() {
        Layers.noCoreReachesPersistence(ROOT).check(production);
    }

    @Test
    void calendar_adapters_do_not_depend_on_each_other() {
        Layers.adaptersDoNotDependOnEachOther(ROOT).check(production);
    }

    @Test
    void code_shared_by_the_calendar_adapters_depends_on_none_of_them() {
        Layers.sharedAdapterCodeKnowsNoAdapter(ROOT).check(production);
    }

    @Test
    void graphql_controllers_never_reach_persistence_or_mongodb() {
        Layers.controllersNeverReachMongo(ROOT).check(production);
    }

    @Test
    void the_core_imports_no_framework() {
        Layers.coreImportsNoFramework(ROOT).check(production);
    }

    @Test
    void no_package_depends_on_itself_in_a_cycle() {
        Layers.noPackageCycles(ROOT).check(production);
    }
}
