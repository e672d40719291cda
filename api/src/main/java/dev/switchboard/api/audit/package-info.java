/** Logs admin GraphQL mutations to the audit log, naming the actor and reading each target before and after. */
package dev.switchboard.api.audit;
