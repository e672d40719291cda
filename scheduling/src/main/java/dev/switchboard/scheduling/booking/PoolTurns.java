package dev.switchboard.scheduling.booking;

import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.RepId;
import java.util.List;

/**
 * The order in which a pool offers its members the next booking: takes the pool's next rotation turn and
 * lists every member once, from the one whose turn it is. Routing's rotation answers it; scheduling only
 * walks the list, passing over members not free at the time.
 */
@FunctionalInterface
public interface PoolTurns {

    List<RepId> next(Pool pool);
}
