package dev.switchboard.domain.port;

import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.FormId;
import java.util.List;
import java.util.Optional;

/**
 * The lead forms of the workspace, each with every version saved. The current version is the one that takes leads;
 * older ones stay readable, also after the form is removed, because leads name the version they came through.
 */
public interface Forms {

    /** Stores a new form, as given (its version 1). */
    void add(Form form);

    /**
     * Stores the form's next version and makes it current, in one atomic step on the form: refused with
     * {@code DUPLICATE} on {@code version} unless the current version is the one before (someone saved meanwhile;
     * the caller reloads), with {@code NOT_FOUND} on {@code formId} when there is no such form. The version it
     * follows stays readable through {@link #version}.
     */
    void addVersion(Form form);

    /** Removes the form; its versions stay readable by number. Nothing happens when there is none. */
    void remove(FormId id);

    /** The current version. */
    Optional<Form> byId(FormId id);

    /**
     * The current version of each form among {@code ids} that exists (removed ones are left out): one read in a store
     * that can, one {@link #byId} per id in this default.
     */
    default java.util.Map<FormId, Form> byIds(java.util.Collection<FormId> ids) {
        java.util.Map<FormId, Form> found = new java.util.HashMap<>();
        ids.stream().distinct().forEach(id -> byId(id).ifPresent(form -> found.put(id, form)));
        return found;
    }

    /** A saved version by number, also one of a removed form. */
    Optional<Form> version(FormId id, int version);

    /** Every saved version, newest first. */
    List<Form> versions(FormId id);

    /** The current version of each form, by name. */
    List<Form> all();

    /** Forms by name then id, the {@code limit} just after {@code after} (from the first when null), in one query. */
    default Slice<Form> page(int limit, PagePosition after) {
        return Slice.after(all(), f -> new PagePosition(f.name(), f.id().value()), after, limit);
    }

    /** How many forms there are, counted by the store. */
    default long count() {
        return all().size();
    }
}
