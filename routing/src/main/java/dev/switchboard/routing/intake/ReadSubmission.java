package dev.switchboard.routing.intake;

import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.FieldSource;
import dev.switchboard.domain.model.FilledForm;
import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.FormAnswers;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.KnownFacts;
import dev.switchboard.domain.model.LeadDetails;
import dev.switchboard.domain.model.LeadKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes a submission's lead details, checked against the form it came through: a classic form (no fields) and a
 * pool take the flat fields as they are; a form with fields checks the answers and the flat fields by its current
 * version, and fills the fields the prospect could skip from what is known for the email.
 */
final class ReadSubmission {

    /**
     * @param details   what the lead is stored with, filled fields included
     * @param submitted what the caller sent, without what the server filled: the idempotency digest is taken of it
     */
    record Read(LeadDetails details, LeadDetails submitted, List<FieldSource> sources, Integer formVersion) {
        Read {
            Objects.requireNonNull(details, "details");
            sources = List.copyOf(sources);
        }
    }

    private final KnownProspects known;

    ReadSubmission(KnownProspects known) {
        this.known = known;
    }

    /** @param form the form the command names, as read for this submission; null for a submission to a pool */
    Read read(SubmitLeadCommand command, Form form) {
        if (form == null) {
            if (command.answers() != null) {
                throw new InputRejected(ErrorCode.INVALID_FORMAT, "answers", "answers go to a form (formId)");
            }
            return new Read(command.details(), command.details(), List.of(), null);
        }
        if (command.answers() == null && form.definition().classic()) {
            return new Read(command.details(), command.details(), List.of(), form.version());
        }
        FormAnswers answers = command.answers() != null ? command.answers() : FormAnswers.of(command.details());
        KnownFacts facts = form.definition().classic()
                ? KnownFacts.NONE
                : answers.email()
                        .flatMap(ReadSubmission::address)
                        .map(known::of)
                        .orElse(KnownFacts.NONE);
        FilledForm filled = form.definition().read(answers, facts);
        return new Read(
                filled.details(),
                LeadKey.without(filled.details(), filled.sources()),
                filled.sources(),
                form.version());
    }

    private static Optional<EmailAddress> address(String email) {
        try {
            return Optional.of(new EmailAddress(email));
        } catch (InputRejected invalid) {
            // The form's check tells the prospect; nothing is known of an address that is not one.
            return Optional.empty();
        }
    }
}
