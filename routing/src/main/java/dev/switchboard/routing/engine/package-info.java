/** The routing engine: decides where a lead goes and explains why. */
package dev.switchboard.routing.engine;
