/** JMH benchmarks of routing decisions and slot finding, whose figures docs/benchmarks.md reports. */
package dev.switchboard.benchmarks;
