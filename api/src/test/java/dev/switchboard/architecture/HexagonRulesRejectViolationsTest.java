package dev.switchboard.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link Layers}, shown rejecting a small tree that breaks it on purpose, passing a tree
 * that keeps it, and failing when it would check nothing.
 */
class HexagonRulesRejectViolationsTest {

    private static final String FIXTURES = "dev.switchboard.architecture.fixture.";

    private static JavaClasses tree(String name) {
        return new ClassFileImporter().importPackages(FIXTURES + name);
    }

    private static void rejects(Function<String, ArchRule> rule, String brokenTree) {
        assertThatThrownBy(() -> rule.apply(FIXTURES + brokenTree).check(tree(brokenTree)))
                .as("the rule rejects " + brokenTree)
                .isInstanceOf(AssertionError.class);
    }

    private static void accepts(Function<String, ArchRule> rule) {
        assertThatCode(() -> rule.apply(FIXTURES + "clean").check(tree("clean")))
                .doesNotThrowAnyException();
    }

    @Test
    void a_domain_class_using_spring_is_rejected() {
        rejects(Layers::domainDependsOnTheJdkOnly, "springindomain");
        rejects(Layers::coreImportsNoFramework, "springindomain");
        accepts(Layers::domainDependsOnTheJdkOnly);
        accepts(Layers::coreImportsNoFramework);
    }

    @Test
    void routing_reaching_into_the_app_is_rejected() {
        rejects(Layers::routingDependsOnTheDomainOnly, "routingtoapi");
        accepts(Layers::routingDependsOnTheDomainOnly);
    }

    @Test
    void the_scheduling_core_calling_an_adapter_is_rejected() {
        rejects(Layers::schedulingCoreDependsOnTheDomainOnly, "schedulingtoadapter");
        accepts(Layers::schedulingCoreDependsOnTheDomainOnly);
    }

    @Test
    void an_access_class_using_spring_or_reaching_into_the_app_is_rejected() {
        rejects(Layers::accessDependsOnTheDomainOnly, "springinaccess");
        rejects(Layers::coreImportsNoFramework, "springinaccess");
        rejects(Layers::accessDependsOnTheDomainOnly, "accesstoapi");
        accepts(Layers::accessDependsOnTheDomainOnly);
    }

    @Test
    void the_outbound_core_sending_http_itself_or_naming_its_adapter_is_rejected() {
        rejects(Layers::outboundCoreDependsOnTheDomainOnly, "httpinoutbound");
        rejects(Layers::coreImportsNoFramework, "httpinoutbound");
        rejects(Layers::outboundCoreDependsOnTheDomainOnly, "outboundtoadapter");
        accepts(Layers::outboundCoreDependsOnTheDomainOnly);
    }

    @Test
    void a_core_naming_a_persistence_adapter_is_rejected() {
        rejects(Layers::noCoreReachesPersistence, "coretopersistence");
        accepts(Layers::noCoreReachesPersistence);
    }

    @Test
    void an_adapter_using_another_adapter_is_rejected() {
        rejects(Layers::adaptersDoNotDependOnEachOther, "adapterstoadapters");
        accepts(Layers::adaptersDoNotDependOnEachOther);
    }

    @Test
    void code_shared_by_the_adapters_using_one_of_them_is_rejected() {
        rejects(Layers::sharedAdapterCodeKnowsNoAdapter, "sharedtoadapter");
        accepts(Layers::sharedAdapterCodeKnowsNoAdapter);
    }

    @Test
    void a_controller_reaching_mongodb_is_rejected() {
        rejects(Layers::controllersNeverReachMongo, "controllertomongo");
        rejects(Layers::controllersNeverReachMongo, "controllertotemplate");
        rejects(Layers::controllersNeverReachMongo, "controllertopersistence");
        accepts(Layers::controllersNeverReachMongo);
    }

    @Test
    void a_package_cycle_is_rejected() {
        rejects(Layers::noPackageCycles, "cycle");
        accepts(Layers::noPackageCycles);
    }

    @Test
    void every_rule_fails_when_the_packages_it_speaks_of_are_empty() {
        List<Function<String, ArchRule>> rules = List.of(
                Layers::domainDependsOnTheJdkOnly,
                Layers::routingDependsOnTheDomainOnly,
                Layers::schedulingCoreDependsOnTheDomainOnly,
                Layers::accessDependsOnTheDomainOnly,
                Layers::outboundCoreDependsOnTheDomainOnly,
                Layers::noCoreReachesPersistence,
                Layers::adaptersDoNotDependOnEachOther,
                Layers::sharedAdapterCodeKnowsNoAdapter,
                Layers::controllersNeverReachMongo,
                Layers::coreImportsNoFramework,
                Layers::noPackageCycles);
        JavaClasses nothing = tree("cycle");
        for (Function<String, ArchRule> rule : rules) {
            assertThatThrownBy(() -> rule.apply(FIXTURES + "nowhere").check(nothing))
                    .isInstanceOf(AssertionError.class);
        }
    }
}
