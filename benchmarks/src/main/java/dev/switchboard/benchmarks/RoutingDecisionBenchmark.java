package dev.switchboard.benchmarks;

import dev.switchboard.domain.fixture.InMemoryAccounts;
import dev.switchboard.domain.fixture.InMemoryAssignments;
import dev.switchboard.domain.fixture.InMemoryConversions;
import dev.switchboard.domain.fixture.InMemoryPools;
import dev.switchboard.domain.fixture.InMemoryQualifications;
import dev.switchboard.domain.fixture.InMemoryReps;
import dev.switchboard.domain.fixture.InMemoryRotations;
import dev.switchboard.domain.fixture.InMemoryStandings;
import dev.switchboard.domain.fixture.InMemoryTallies;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.Explanation;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadDetails;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.Strategy;
import dev.switchboard.domain.model.rule.Compare;
import dev.switchboard.domain.model.rule.Group;
import dev.switchboard.domain.model.rule.LeadFacts;
import dev.switchboard.domain.model.rule.LeadField;
import dev.switchboard.domain.model.rule.Operator;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.model.rule.Rule;
import dev.switchboard.domain.model.rule.RuleAction;
import dev.switchboard.domain.model.rule.RuleMatch;
import dev.switchboard.routing.engine.RouteLead;
import dev.switchboard.routing.enrichment.AccountProfiles;
import dev.switchboard.routing.explain.ExplainMisses;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One routing decision: a router of 200 rules that the lead misses until the last, then a draw from
 * a weighted pool of 100 reps. Ports are the in-memory fixtures, so this measures the engine alone;
 * each decision still reads the pool, its reps and their counts in one batch each, as it does on MongoDB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RoutingDecisionBenchmark {

    private RouteLead routeLead;
    private Router router;
    private Lead lead;
    private LeadFacts facts;

    @Setup
    public void setUp() {
        InMemoryPools pools = new InMemoryPools();
        InMemoryReps reps = new InMemoryReps();
        List<PoolMember> members = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            RepId id = new RepId("rep-" + i);
            reps.add(new Rep(
                    id,
                    "Rep " + i,
                    new EmailAddress("rep" + i + "@sales.example"),
                    ZoneId.of("Europe/Paris"),
                    true,
                    null));
            members.add(new PoolMember(id, 1 + i % 3, PoolMember.MAX_CAP, null));
        }
        Pool pool = new Pool(
                new PoolId("inbound"),
                "Inbound",
                Strategy.WEIGHTED_ROUND_ROBIN,
                members,
                ZoneId.of("Europe/Paris"),
                null);
        pools.add(pool);

        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < 199; i++) {
            // Rules of the usual kinds, none of which holds for the lead below.
            rules.add(new Rule(
                    "Rule " + i,
                    Group.all(
                            Compare.of(LeadField.COUNTRY, Operator.IN, "US", "Canada", "Mexico"),
                            Compare.of(LeadField.EMPLOYEES, Operator.GREATER_THAN, String.valueOf(1000 + i))),
                    new RuleAction.RouteToPool(pool.id())));
        }
        rules.add(new Rule(
                "Europe mid-market",
                Group.all(
                        Compare.of(LeadField.COUNTRY, Operator.IN, "France", "Germany"),
                        Compare.of(LeadField.EMPLOYEES, Operator.BETWEEN, "50", "1000")),
                new RuleAction.RouteToPool(pool.id())));
        router = new Router(RouterId.random(), "Inbound", 1, rules, new RuleAction.RouteToPool(pool.id()));

        lead = new Lead(
                LeadId.random(),
                new LeadDetails(
                        "Ada",
                        new EmailAddress("ada@acme.example"),
                        null,
                        "Acme",
                        "Software",
                        250,
                        null,
                        "France",
                        null,
                        "75011",
                        null,
                        new BigDecimal("30000"),
                        "Web",
                        "fr",
                        "CTO",
                        40,
                        List.of()),
                null,
                pool.id(),
                Instant.parse("2026-11-23T09:00:00Z"),
                null);
        facts = LeadFacts.of(lead.details());
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
        InMemoryAccounts accounts = new InMemoryAccounts();
        routeLead = new RouteLead(
                pools,
                reps,
                accounts,
                new AccountProfiles(accounts),
                new InMemoryRotations(),
                new InMemoryTallies(),
                new InMemoryQualifications(),
                clock,
                new InMemoryStandings(),
                new InMemoryConversions(new InMemoryAssignments()));
    }

    /** The whole decision, as SubmitLead makes it: qualification, 200 rules, the draw, the explanation. */
    @Benchmark
    public Assignment decide() {
        return routeLead.route(lead, router, lead.submittedAt());
    }

    /** The rules alone: which rule holds, without putting the misses into words. */
    @Benchmark
    public RuleMatch matchRules() {
        return router.match(facts);
    }

    /** Putting the 199 misses into words, as reading the decision's explanation does (not part of the decision). */
    @Benchmark
    public List<Explanation.RuleMiss> explainMisses() {
        return ExplainMisses.misses(router, facts);
    }
}
