package dev.switchboard.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may call one operation, besides admins (who may call every one). Built by naming who is let in:
 * {@code Access.reps().and(Scope.LEADS_READ)}.
 *
 * @param anonymous anyone, signed in or not
 * @param widget    a publishable widget key
 * @param rep       a signed-in rep (data rules then narrow what they see)
 * @param scopes    an API key holding any of these scopes
 */
public record Access(boolean anonymous, boolean widget, boolean rep, Set<Scope> scopes) {

    public Access {
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
    }

    public static Access anyone() {
        return new Access(true, true, true, Set.of());
    }

    public static Access adminsOnly() {
        return new Access(false, false, false, Set.of());
    }

    public static Access widgets() {
        return adminsOnly().andWidgets();
    }

    public static Access reps() {
        return adminsOnly().andReps();
    }

    public static Access scope(Scope scope) {
        return adminsOnly().and(scope);
    }

    public Access andWidgets() {
        return new Access(anonymous, true, rep, scopes);
    }

    public Access andReps() {
        return new Access(anonymous, widget, true, scopes);
    }

    public Access and(Scope scope) {
        EnumSet<Scope> more = EnumSet.of(scope);
        more.addAll(scopes);
        return new Access(anonymous, widget, rep, more);
    }
}
