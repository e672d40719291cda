package dev.switchboard.api.config;

import dev.switchboard.api.mail.MeetingMail;
import dev.switchboard.api.mongo.MongoMeetingNotices;
import dev.switchboard.scheduling.adapter.invite.InviteWriter;
import dev.switchboard.scheduling.booking.WriteCalendarEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;

/**
 * Works through the booking outboxes every {@code switchboard.booking.outbox-interval} (default 10 s) on every
 * instance: calendar writes due, and meeting mail when mail is on ({@code spring.mail.host} set; without it
 * Spring Boot makes no mail sender, and queued mail waits). Off with {@code switchboard.booking.outbox-enabled=false}.
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

    @Bean
    @ConditionalOnBean(JavaMailSender.class)
    MeetingMail meetingMail(MongoMeetingNotices outbox, JavaMailSender sender, InviteWriter invites, BookingProperties properties,
                            Clock clock) {
        return new MeetingMail(outbox, sender, invites, properties, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "switchboard.booking.outbox-enabled", havingValue = "true", matchIfMissing = true)
    Runner bookingOutboxRunner(WriteCalendarEvents calendars, ObjectProvider<MeetingMail> mail) {
        return new Runner(calendars, mail);
    }

    static final class Runner {

        private final WriteCalendarEvents calendars;
        private final ObjectProvider<MeetingMail> mail;

        Runner(WriteCalendarEvents calendars, ObjectProvider<MeetingMail> mail) {
            this.calendars = calendars;
            this.mail = mail;
        }

        @Scheduled(fixedDelayString = "${switchboard.booking.outbox-interval:PT10S}", initialDelayString = "PT1S")
        void run() {
            int written = calendars.writeDue(null);
            int sent = mail.stream().mapToInt(m -> m.sendDue(MAILS_PER_RUN)).sum();
            if (written + sent > 0) {
                log.debug("Booking outbox: {} calendar writes, {} mails", written, sent);
            }
        }
    }
}
