/** How a pool picks its next rep: round robin, weighted, equal share and performance weighting, within caps. */
package dev.switchboard.routing.strategy;
