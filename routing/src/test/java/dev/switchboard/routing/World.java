package dev.switchboard.routing;

import dev.switchboard.domain.fixture.InMemoryAccounts;
import dev.switchboard.domain.fixture.InMemoryAssignments;
import dev.switchboard.domain.fixture.InMemoryConversions;
import dev.switchboard.domain.fixture.InMemoryForms;
import dev.switchboard.domain.fixture.InMemoryFreeSlots;
import dev.switchboard.domain.fixture.InMemoryLeads;
import dev.switchboard.domain.fixture.InMemoryMeetingTypes;
import dev.switchboard.domain.fixture.InMemoryPools;
import dev.switchboard.domain.fixture.InMemoryQualifications;
import dev.switchboard.domain.fixture.InMemoryReps;
import dev.switchboard.domain.fixture.InMemoryRotations;
import dev.switchboard.domain.fixture.InMemoryRouters;
import dev.switchboard.domain.fixture.InMemorySlotPolicies;
import dev.switchboard.domain.fixture.InMemoryStandings;
import dev.switchboard.domain.fixture.InMemoryTallies;
import dev.switchboard.domain.fixture.RecordedEvents;
import dev.switchboard.domain.fixture.SettableClock;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.QueueMode;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.Strategy;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.model.rule.RuleAction;
import dev.switchboard.routing.engine.RouteLead;
import dev.switchboard.routing.enrichment.AccountProfiles;
import dev.switchboard.routing.events.RelayPendingEvents;
import dev.switchboard.routing.intake.RouteStrandedLeads;
import dev.switchboard.routing.intake.SubmitLead;
import dev.switchboard.routing.ownership.AcceptLead;
import dev.switchboard.routing.ownership.ClaimLead;
import dev.switchboard.routing.ownership.ReassignLead;
import dev.switchboard.routing.ownership.ReassignOverdueLeads;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** A workspace held in memory, the real use cases wired to it: the stage routing specifications play on. */
public final class World {

    public static final RepId A = new RepId("A");
    public static final RepId B = new RepId("B");
    public static final RepId C = new RepId("C");
    public static final RepId D = new RepId("D");
    public static final RepId DIRECTOR = new RepId("DIRECTOR");

    public final InMemoryPools pools = new InMemoryPools();
    public final InMemoryReps reps = new InMemoryReps();
    public final InMemoryLeads leads = new InMemoryLeads();
    public final InMemoryRotations rotations = new InMemoryRotations();
    public final InMemoryAssignments assignments = new InMemoryAssignments();
    public final InMemoryRouters routers = new InMemoryRouters();
    public final InMemoryForms forms = new InMemoryForms();
    public final InMemoryAccounts accounts = new InMemoryAccounts();
    public final SettableClock clock = new SettableClock(Instant.parse("2026-11-23T09:00:00.123456Z"));
    public final InMemoryQualifications qualifications = new InMemoryQualifications();
    public final InMemoryTallies tallies = new InMemoryTallies();
    public final InMemoryStandings standings = new InMemoryStandings();
    public final InMemoryConversions conversions = new InMemoryConversions(assignments);
    public final InMemoryMeetingTypes meetingTypes = new InMemoryMeetingTypes();
    public final InMemorySlotPolicies slotPolicies = new InMemorySlotPolicies();
    public final InMemoryFreeSlots freeSlots = new InMemoryFreeSlots(slotPolicies);
    public final RouteLead routeLead = new RouteLead(
            pools,
            reps,
            accounts,
            new AccountProfiles(accounts),
            rotations,
            tallies,
            qualifications,
            clock,
            standings,
            conversions,
            freeSlots);
    public final RecordedEvents events = new RecordedEvents();
    public final SubmitLead submitLead =
            new SubmitLead(forms, routers, pools, leads, assignments, routeLead, events, clock);
    public final ClaimLead claimLead = new ClaimLead(assignments, pools, reps, events, clock);
    public final AcceptLead acceptLead = new AcceptLead(assignments, pools, reps, events, clock);
    public final ReassignLead reassignLead = new ReassignLead(assignments, reps, events, clock);
    public final ReassignOverdueLeads reassignOverdueLeads =
            new ReassignOverdueLeads(assignments, pools, reps, rotations, tallies, events, clock);
    /** Routes leads left undecided for 30 seconds. */
    public final RouteStrandedLeads routeStrandedLeads = new RouteStrandedLeads(
            forms, routers, pools, leads, assignments, routeLead, events, clock, Duration.ofSeconds(30));

    public final RelayPendingEvents relayPendingEvents = new RelayPendingEvents(leads, assignments, events);

    public World() {
        List.of(A, B, C, D, DIRECTOR)
                .forEach(id -> reps.add(new Rep(
                        id,
                        "Rep " + id,
                        new EmailAddress(id.value().toLowerCase() + "@sales.example"),
                        ZoneId.of("Europe/Paris"),
                        true,
                        null)));
    }

    public Pool pool(RepId... members) {
        return pool(
                Strategy.ROUND_ROBIN,
                List.of(members).stream().map(r -> new PoolMember(r, 1)).toList());
    }

    public Pool pool(Strategy strategy, List<PoolMember> members) {
        Pool pool = new Pool(PoolId.random(), "Pool " + (pools.all().size() + 1), strategy, members);
        pools.add(pool);
        return pool;
    }

    /** A published router whose every lead goes to the pool's claim queue, and the form it serves. */
    public FormId queueForm(PoolId pool, QueueMode mode) {
        RouterId router = RouterId.random();
        routers.addVersion(new Router(router, "Queue", 1, List.of(), new RuleAction.SendToQueue(pool, mode)));
        routers.publish(router, 1);
        Form form = new Form(FormId.random(), "Queue form", router);
        forms.add(form);
        return form.id();
    }

    public void awayUntil(RepId id, Instant until) {
        reps.replace(reps.byId(id).orElseThrow().withStatus(true, until));
    }

    public void deactivate(RepId id) {
        reps.replace(reps.byId(id).orElseThrow().withStatus(false, null));
    }
}
