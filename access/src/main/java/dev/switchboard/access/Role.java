package dev.switchboard.access;

/** What a signed-in person is: an admin runs the workspace, a rep works the leads they own. */
public enum Role {
    ADMIN,
    REP
}
