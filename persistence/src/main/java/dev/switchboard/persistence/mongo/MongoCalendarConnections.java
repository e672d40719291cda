package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.port.CalendarConnections;
import dev.switchboard.persistence.secrets.Secrets;
import dev.switchboard.persistence.secrets.Secrets.SecretsUnavailable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reps' calendar connections, one document per rep, replaced whole on each connect (a single-document
 * write, so a rep never has half of two connections). Secrets are sealed with {@link Secrets}.
 * <p>
 * At start-up, when any stored connection holds a secret, the configured key must open it: an app that
 * could not read its calendars refuses to start rather than fail each booking later.
 */
@Component
class MongoCalendarConnections implements CalendarConnections {

    private final MongoTemplate mongo;
    private final Secrets secrets;

    MongoCalendarConnections(MongoTemplate mongo, Secrets secrets) {
        this.mongo = mongo;
        this.secrets = secrets;
        checkKeyOpensStoredSecrets();
    }

    private void checkKeyOpensStoredSecrets() {
        CalendarConnectionDocument sealed =
                mongo.findOne(Query.query(where("secret").exists(true)), CalendarConnectionDocument.class);
        if (sealed == null) {
            return;
        }
        try {
            sealed.toConnection(secrets);
        } catch (SecretsUnavailable e) {
            throw new IllegalStateException(
                    "Calendar connections hold encrypted secrets, but they cannot be opened: " + e.getMessage()
                            + ". Set " + Secrets.KEY_PROPERTY + " to the key they were stored with.",
                    e);
        }
    }

    @Override
    public void connect(RepId rep, CalendarConnection connection) {
        CalendarConnectionDocument sealed;
        try {
            sealed = CalendarConnectionDocument.of(rep, connection, secrets);
        } catch (SecretsUnavailable e) {
            // Nothing is stored: a connection whose secret cannot be sealed is refused, not kept in clear.
            throw new InputRejected(
                    ErrorCode.NOT_CONFIGURED,
                    null,
                    "calendar secrets cannot be stored until " + Secrets.KEY_PROPERTY + " is set");
        }
        mongo.save(sealed);
    }

    @Override
    public void disconnect(RepId rep) {
        mongo.remove(Query.query(where("_id").is(rep.value())), CalendarConnectionDocument.class);
    }

    @Override
    public Optional<CalendarConnection> of(RepId rep) {
        return Optional.ofNullable(mongo.findById(rep.value(), CalendarConnectionDocument.class))
                .map(document -> document.toConnection(secrets));
    }

    @Override
    public Map<RepId, CalendarConnection> of(Collection<RepId> reps) {
        List<String> ids = reps.stream().map(RepId::value).distinct().toList();
        Map<RepId, CalendarConnection> found = new HashMap<>();
        mongo.find(Query.query(where("_id").in(ids)), CalendarConnectionDocument.class)
                .forEach(document -> found.put(new RepId(document.repId()), document.toConnection(secrets)));
        return found;
    }
}
