package dev.switchboard.api.graphql;

import dev.switchboard.access.audit.AuditEntry;
import dev.switchboard.access.audit.AuditLog;
import dev.switchboard.domain.port.Slice;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Admins read the log of admin changes. */
@Controller
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @QueryMapping
    Connection<AuditEntry> auditLog(@Argument Integer first, @Argument String after, @Argument String target) {
        AuditLog.Page page = log.newestFirst(Connection.limit(first), after, target);
        return Connection.of(
                new Slice<>(page.items(), page.hasMore()), AuditEntry::id, entry -> entry, () -> log.count(target));
    }
}
