package dev.switchboard.api;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The MongoDB commands the app sends, counted by name and collection by the driver's own command listener, on the
 * threads a spec names (so that the app's background jobs do not blur the figure). A spec imports {@link Counting}.
 */
final class MongoCommands implements CommandListener {

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private volatile Predicate<Thread> counted = thread -> false;

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (counted.test(Thread.currentThread())) {
            org.bson.BsonValue collection = event.getCommand().get(event.getCommandName());
            String on = collection != null && collection.isString()
                    ? event.getCommandName() + " " + collection.asString().getValue()
                    : event.getCommandName();
            counts.computeIfAbsent(on, any -> new AtomicLong()).incrementAndGet();
        }
    }

    /** The commands sent on the threads {@code on} accepts while {@code work} runs, by name and collection. */
    Map<String, Long> during(Predicate<Thread> on, Runnable work) {
        counts.clear();
        counted = on;
        try {
            work.run();
        } finally {
            counted = thread -> false;
        }
        Map<String, Long> sent = new TreeMap<>();
        counts.forEach((command, count) -> sent.put(command, count.get()));
        return sent;
    }

    static long total(Map<String, Long> counted) {
        return counted.values().stream().mapToLong(Long::longValue).sum();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {
        @Bean
        MongoCommands mongoCommands() {
            return new MongoCommands();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer countMongoCommands(MongoCommands commands) {
            return settings -> settings.addCommandListener(commands);
        }
    }
}
