/** Routers' lifecycle: creating, revising, publishing and deleting routers and their drafts. */
package dev.switchboard.routing.rules;
