package dev.switchboard.domain.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One text in several languages, at most one per language. */
public record Localized(List<LocalizedText> texts) {

    public static final Localized NONE = new Localized(List.of());

    public Localized {
        texts = texts == null ? List.of() : List.copyOf(texts);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            if (!seen.add(texts.get(i).language())) {
                throw new InputRejected(
                        ErrorCode.DUPLICATE,
                        "[" + i + "].language",
                        "language " + texts.get(i).language() + " is given twice");
            }
        }
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    /** The text in the language, if given. */
    public Optional<String> in(String language) {
        return texts.stream()
                .filter(t -> t.language().equals(language))
                .map(LocalizedText::text)
                .findFirst();
    }

    /**
     * The faults of these texts against the form's languages: one in a language the form does not speak, and, when
     * the text is needed, a missing one in the form's default (first) language.
     */
    List<InputRejected> faults(String field, List<String> languages, boolean needed) {
        List<InputRejected> faults = new ArrayList<>();
        if (needed && in(languages.get(0)).isEmpty()) {
            faults.add(new InputRejected(
                    ErrorCode.REQUIRED,
                    field,
                    field + " needs a text in the form's default language " + languages.get(0)));
        }
        for (int i = 0; i < texts.size(); i++) {
            if (!languages.contains(texts.get(i).language())) {
                faults.add(new InputRejected(
                        ErrorCode.INVALID_FORMAT,
                        field + "[" + i + "].language",
                        "the form does not speak " + texts.get(i).language() + "; add it to languages"));
            }
        }
        return faults;
    }
}
