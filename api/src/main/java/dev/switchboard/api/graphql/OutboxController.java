package dev.switchboard.api.graphql;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.port.OutboxItems;
import dev.switchboard.outbound.RetryOutboxItem;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The calendar-write and mail outbox as admins watch it, and its retry. */
@Controller
class OutboxController {

    record RetryOutboxItemInput(OutboxItems.Kind kind, String id) {}

    record RetryOutboxItemPayload(OutboxItems.Item item, boolean retried, List<UserError> errors) {}

    private final OutboxItems items;
    private final RetryOutboxItem retryOutboxItem;

    OutboxController(OutboxItems items, RetryOutboxItem retryOutboxItem) {
        this.items = items;
        this.retryOutboxItem = retryOutboxItem;
    }

    @QueryMapping
    List<OutboxItems.Item> outbox(@Argument OutboxItems.Kind kind, @Argument String state, @Argument Integer first) {
        int limit = first == null ? 50 : first;
        if (limit < 1 || limit > 200) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, "first", "give 1 to 200");
        }
        return items.listed(kind, state, limit);
    }

    @MutationMapping
    RetryOutboxItemPayload retryOutboxItem(@Argument RetryOutboxItemInput input) {
        try {
            RetryOutboxItem.Retried done = retryOutboxItem.retry(input.kind(), input.id());
            return new RetryOutboxItemPayload(done.item(), done.retried(), List.of());
        } catch (InputRejected rejected) {
            return new RetryOutboxItemPayload(null, false, UserError.of(rejected));
        }
    }
}
