package dev.switchboard.api.config;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 file backend, made to keep what it acknowledges: after each command that changed anything the
 * MVStore commits and forces the file to disk, before the answer goes back. H2 on its own writes changes
 * out about once a second, so the process dying (kill -9, out of memory) lost the writes of the last second
 * that clients had been told were done; MongoDB's journal ({@code j: true}) promises what this does.
 */
final class DurableH2Backend extends H2Backend {

    DurableH2Backend(MVStore store) {
        super(store);
    }

    static DurableH2Backend open(String file) {
        return new DurableH2Backend(MVStore.open(file));
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            // Also after a failed command: one write of a batch may have happened before another failed.
            MVStore store = getMvStore();
            if (store.hasUnsavedChanges()) {
                store.commit();
                store.sync();
            }
        }
    }
}
