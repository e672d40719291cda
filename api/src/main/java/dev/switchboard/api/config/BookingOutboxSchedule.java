package dev.switchboard.api.config;

import dev.switchboard.access.BookingLinks;
import dev.switchboard.api.mail.ManagePage;
import dev.switchboard.api.mail.SmtpMailer;
import dev.switchboard.outbound.mail.MailOutbox;
import dev.switchboard.outbound.mail.SendMail;
import dev.switchboard.scheduling.adapter.invite.InviteWriter;
import dev.switchboard.scheduling.booking.SweepStrayHolds;
import dev.switchboard.scheduling.booking.WriteCalendarEvents;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Works through the booking outboxes every {@code switchboard.booking.outbox-interval} (default 10 s) on every
 * instance: calendar writes due, and meeting mail when mail is on ({@code spring.mail.host} set; without it
 * Spring Boot makes no mail sender, and queued mail waits), and the sweep of slot holds no booking owns. Off
 * with {@code switchboard.booking.outbox-enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BookingOutboxSchedule {

    private static final Logger log = LoggerFactory.getLogger(BookingOutboxSchedule.class);
    private static final int MAILS_PER_RUN = 100;

    @Bean
    InviteWriter inviteWriter(Clock clock) {
        return new InviteWriter(clock);
    }

    /**
     * Spring Boot's mail sender is asked for here, after auto-configuration made it or not (a condition on the
     * bean in this class would be judged before).
     */
    @Bean
    @ConditionalOnProperty(name = "switchboard.booking.outbox-enabled", havingValue = "true", matchIfMissing = true)
    Runner bookingOutboxRunner(
            WriteCalendarEvents calendars,
            ObjectProvider<JavaMailSender> sender,
            MailOutbox outbox,
            InviteWriter invites,
            BookingProperties properties,
            SweepStrayHolds sweep,
            BookingLinks links,
            Clock clock) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.info("Mail is off (no spring.mail.host): invites and notes wait in the outbox");
        }
        return new Runner(
                properties.outboxInterval(),
                calendars,
                sweep,
                smtp == null
                        ? null
                        : new SendMail(
                                outbox,
                                new SmtpMailer(
                                        smtp,
                                        invites,
                                        properties.mailFrom(),
                                        new ManagePage(properties.publicUrl(), links)),
                                properties.retries(),
                                properties.lease(),
                                clock));
    }

    static final class Runner implements SchedulingConfigurer {

        private final Duration interval;
        private final WriteCalendarEvents calendars;
        private final SweepStrayHolds sweep;
        private final SendMail mail;

        Runner(Duration interval, WriteCalendarEvents calendars, SweepStrayHolds sweep, SendMail mail) {
            this.interval = interval;
            this.calendars = calendars;
            this.sweep = sweep;
            this.mail = mail;
        }

        @Override
        public void configureTasks(ScheduledTaskRegistrar tasks) {
            tasks.addFixedDelayTask(new FixedDelayTask(this::run, interval, Duration.ofSeconds(1)));
        }

        void run() {
            int written = calendars.writeDue(null);
            int sent = mail == null ? 0 : mail.sendDue(MAILS_PER_RUN);
            int dropped = sweep.sweep();
            if (written + sent + dropped > 0) {
                log.debug(
                        "Booking outbox: {} calendar writes, {} mails, {} stray hold steps dropped",
                        written,
                        sent,
                        dropped);
            }
        }
    }
}
