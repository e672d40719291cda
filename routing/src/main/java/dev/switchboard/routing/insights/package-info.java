/** What the decisions add up to: fairness, speed to lead, leads to meetings and SLA moves over a period. */
package dev.switchboard.routing.insights;
