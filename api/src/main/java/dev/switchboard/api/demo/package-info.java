/** A demo workspace seeded into an empty database so a newcomer can submit a lead at once. */
package dev.switchboard.api.demo;
