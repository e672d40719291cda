package dev.switchboard.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;

/**
 * The hexagon's rules, each over a root package so the same rule checks the real code
 * ({@code dev.switchboard}) and, in the proofs, small fixture trees that break it on purpose.
 * Every rule fails when the packages it speaks of hold no class: a rule about nothing proves nothing.
 */
final class Layers {

    private static final String[] FRAMEWORKS = {
        "org.springframework..",
        "com.mongodb..",
        "org.bson..",
        "de.bwaldvogel..",
        "com.google.api..",
        "net.fortuna..",
        "jakarta.servlet..",
        "java.net.http.."
    };

    /** The core modules' packages (their adapter packages are excluded where a rule needs it). */
    private static final Function<String, String[]> CORES = root -> new String[] {
        root + ".domain..", root + ".routing..", root + ".scheduling..", root + ".access..", root + ".outbound.."
    };

    private Layers() {}

    static ArchRule domainDependsOnTheJdkOnly(String root) {
        return classes()
                .that()
                .resideInAPackage(root + ".domain..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", root + ".domain..")
                .because("the domain is the model and its ports, plain Java")
                .allowEmptyShould(false);
    }

    static ArchRule routingDependsOnTheDomainOnly(String root) {
        return classes()
                .that()
                .resideInAPackage(root + ".routing..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", root + ".domain..", root + ".routing..")
                .because("the routing engine is plain Java over the domain's ports")
                .allowEmptyShould(false);
    }

    static ArchRule schedulingCoreDependsOnTheDomainOnly(String root) {
        return classes()
                .that()
                .resideInAPackage(root + ".scheduling..")
                .and()
                .resideOutsideOfPackage(root + ".scheduling.adapter..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", root + ".domain..", root + ".scheduling..")
                .andShould()
                .onlyDependOnClassesThat()
                .resideOutsideOfPackage(root + ".scheduling.adapter..")
                .because("scheduling's core is plain Java; calendars are reached through ports that adapters implement")
                .allowEmptyShould(false);
    }

    static ArchRule accessDependsOnTheDomainOnly(String root) {
        return classes()
                .that()
                .resideInAPackage(root + ".access..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.crypto..", root + ".domain..", root + ".access..")
                .because(
                        "access (sign-in, keys, the policy, the audit model) is plain Java; hashing passwords and storing"
                                + " users go through its own ports")
                .allowEmptyShould(false);
    }

    static ArchRule outboundCoreDependsOnTheDomainOnly(String root) {
        return classes()
                .that()
                .resideInAPackage(root + ".outbound..")
                .and()
                .resideOutsideOfPackage(root + ".outbound.adapter..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.crypto..", root + ".domain..", root + ".outbound..")
                .andShould()
                .onlyDependOnClassesThat()
                .resideOutsideOfPackages(root + ".outbound.adapter..", "java.net.http..")
                .because(
                        "outbound's core (outbox, fan-out, deliveries) is plain Java; it posts to receivers through a port")
                .allowEmptyShould(false);
    }

    /** The MongoDB adapters implement the cores' ports; a core that names one would be tied to the database. */
    static ArchRule noCoreReachesPersistence(String root) {
        return noClasses()
                .that()
                .resideInAnyPackage(CORES.apply(root))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".persistence..")
                .because("the cores know their ports, never the adapters behind them")
                .allowEmptyShould(false);
    }

    static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return slices().matching(root + ".scheduling.adapter.(*)..")
                .should()
                .notDependOnEachOther()
                .because("each calendar adapter translates for one outside system and knows no other")
                .allowEmptyShould(false);
    }

    /**
     * What several adapters share (reading and writing iCalendar) sits in {@code scheduling.adapter} itself, in
     * no adapter's slice; it must then stay neutral, or it would carry one adapter's code into another.
     */
    static ArchRule sharedAdapterCodeKnowsNoAdapter(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".scheduling.adapter")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".scheduling.adapter.*..")
                .because("code shared by the calendar adapters belongs to none of them")
                .allowEmptyShould(false);
    }

    static ArchRule controllersNeverReachMongo(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".api.graphql..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        root + ".persistence..", "org.springframework.data..", "com.mongodb..", "org.bson..")
                .because("GraphQL controllers call use cases and ports; persistence is the MongoDB adapters' business")
                .allowEmptyShould(false);
    }

    static ArchRule coreImportsNoFramework(String root) {
        return noClasses()
                .that()
                .resideInAnyPackage(CORES.apply(root))
                .and()
                .resideOutsideOfPackage(root + ".scheduling.adapter..")
                .and()
                .resideOutsideOfPackage(root + ".outbound.adapter..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FRAMEWORKS)
                .because("the core knows no framework, database, HTTP client or calendar library")
                .allowEmptyShould(false);
    }

    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles().allowEmptyShould(false);
    }
}
