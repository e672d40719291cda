/** The audit log's model and port: every admin change, who made it, and its target before and after. */
package dev.switchboard.access.audit;
