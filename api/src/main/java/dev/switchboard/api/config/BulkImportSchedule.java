package dev.switchboard.api.config;

import dev.switchboard.routing.bulk.RunBulkImports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Works through waiting bulk imports every {@code switchboard.bulk-import.interval} (default 1 s), off the request
 * threads. Every instance runs it; each operation is leased to one worker at a time (see {@link RunBulkImports}).
 * Off with {@code switchboard.bulk-import.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "switchboard.bulk-import.enabled", havingValue = "true", matchIfMissing = true)
class BulkImportSchedule {

    private static final Logger log = LoggerFactory.getLogger(BulkImportSchedule.class);

    private final RunBulkImports runBulkImports;

    BulkImportSchedule(RunBulkImports runBulkImports) {
        this.runBulkImports = runBulkImports;
    }

    @Scheduled(
            fixedDelayString = "${switchboard.bulk-import.interval:PT1S}",
            initialDelayString = "${switchboard.bulk-import.interval:PT1S}")
    void runBulkImports() {
        try {
            runBulkImports.run();
        } catch (RuntimeException e) {
            log.warn("Working on bulk imports failed; the lease lets the next run take over", e);
        }
    }
}
