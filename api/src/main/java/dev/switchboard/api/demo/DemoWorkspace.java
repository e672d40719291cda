package dev.switchboard.api.demo;

import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.Strategy;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.routing.setup.CreatePool;
import dev.switchboard.routing.setup.CreatePoolCommand;
import dev.switchboard.routing.setup.CreateRep;
import dev.switchboard.routing.setup.CreateRepCommand;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Seeds an empty database with a few reps and a pool, so a newcomer can submit a lead at once, and what the
 * booking widget's demo page ({@code /demo}) needs: the reps' working hours (every hour of every day, so slots
 * exist whenever the demo runs), a meeting type, a published router, a form and its widget key.
 * Turned off with {@code switchboard.demo.enabled=false}; it never touches a database that has reps, except to
 * give the demo form a widget key for the port this instance listens on when it has none.
 */
@Component
@ConditionalOnBooleanProperty(name = "switchboard.demo.enabled", matchIfMissing = true)
class DemoWorkspace implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkspace.class);

    /** The demo page's form, found again by this name at each start. */
    static final String FORM_NAME = "Demo website";

    /** The demo page's Switchboard-rendered form. */
    static final String RENDERED_FORM_NAME = "Demo website, Switchboard form";

    private final Reps reps;
    private final CreateRep createRep;
    private final CreatePool createPool;
    private final DemoBooking booking;

    DemoWorkspace(Reps reps, CreateRep createRep, CreatePool createPool, DemoBooking booking) {
        this.reps = reps;
        this.createRep = createRep;
        this.createPool = createPool;
        this.booking = booking;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (reps.count() > 0) {
            booking.keyForThisPort();
            booking.keyFor(RENDERED_FORM_NAME);
            return;
        }
        List<Rep> team = List.of(
                rep("Ana Ruiz", "ana.ruiz@switchboard.example", "Europe/Madrid"),
                rep("Ben Okafor", "ben.okafor@switchboard.example", "Europe/London"),
                rep("Chloé Martin", "chloe.martin@switchboard.example", "Europe/Paris"));
        Pool pool = createPool.create(new CreatePoolCommand(
                "Inbound EMEA",
                Strategy.ROUND_ROBIN,
                team.stream().map(r -> new PoolMember(r.id(), 1)).toList()));
        log.info(
                "Demo workspace created: pool \"{}\" (id {}) with {} reps. Submit a lead in GraphiQL at /graphiql.",
                pool.name(),
                pool.id(),
                team.size());
        booking.seed(team, pool);
    }

    private Rep rep(String name, String email, String zone) {
        return createRep.create(new CreateRepCommand(name, new EmailAddress(email), ZoneId.of(zone)));
    }
}
