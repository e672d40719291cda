/** Domain events the use cases record in the outbox for webhooks, subscriptions and mail. */
package dev.switchboard.domain.event;
