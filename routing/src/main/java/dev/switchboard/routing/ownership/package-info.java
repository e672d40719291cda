/** Who owns a lead after its decision: accepting, claiming from a queue, reassigning, and reassigning overdue leads. */
package dev.switchboard.routing.ownership;
