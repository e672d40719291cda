package dev.switchboard.domain.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a submission says, to be checked against a form's definition: the answers given by key, and the lead's flat
 * fields (name, email, company ...) and custom attributes as API callers send them, each keyed as the form field of
 * the same name would be ({@code employees} as {@code companySize}, {@code jobTitle} as {@code title}).
 * <p>
 * A flat value the form asks for is checked as that field's answer; one the form does not ask for is kept as sent.
 */
public record FormAnswers(List<FormAnswer> given, List<FormAnswer> flat) {

    public static final int MAX = 100;

    public FormAnswers {
        given = given == null ? List.of() : List.copyOf(given);
        flat = flat == null ? List.of() : List.copyOf(flat);
        if (given.size() > MAX) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, "answers", "at most " + MAX + " answers");
        }
    }

    /** A submission of flat fields only, as an API caller sends a lead. */
    public static FormAnswers of(LeadDetails details) {
        List<FormAnswer> flat = new ArrayList<>();
        for (Map.Entry<LeadKey, String> value : LeadKey.valuesOf(details).entrySet()) {
            flat.add(FormAnswer.of(value.getKey().key(), value.getValue()));
        }
        for (Attribute attribute : details.attributes()) {
            flat.add(FormAnswer.of(attribute.key(), attribute.value()));
        }
        return new FormAnswers(List.of(), flat);
    }

    /** The email as sent (answered or flat), unchecked; empty when none was. */
    public Optional<String> email() {
        return first(given).or(() -> first(flat));
    }

    private static Optional<String> first(List<FormAnswer> answers) {
        return answers.stream()
                .filter(a -> LeadKey.EMAIL_ADDRESS.key().equals(a.field()) && a.value() != null)
                .map(FormAnswer::value)
                .findFirst();
    }
}
