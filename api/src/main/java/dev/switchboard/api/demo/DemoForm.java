package dev.switchboard.api.demo;

import dev.switchboard.domain.model.Brand;
import dev.switchboard.domain.model.DisqualifiedOutcome;
import dev.switchboard.domain.model.FieldKind;
import dev.switchboard.domain.model.FieldOption;
import dev.switchboard.domain.model.FieldValidation;
import dev.switchboard.domain.model.FormDefinition;
import dev.switchboard.domain.model.FormField;
import dev.switchboard.domain.model.Localized;
import dev.switchboard.domain.model.LocalizedText;
import dev.switchboard.domain.model.NoSlotFallback;
import dev.switchboard.domain.model.ShowWhen;
import java.util.List;

/**
 * The demo's Switchboard-rendered form, in English and French: the fields a sales team asks, a question shown only
 * for one answer, a consent box, the page's utm_source kept in a hidden field, and its messages.
 */
final class DemoForm {

    private DemoForm() {}

    static FormDefinition definition() {
        return new FormDefinition(
                List.of("en", "fr"),
                List.of(
                        field("email", FieldKind.EMAIL, true, words("Work email", "E-mail professionnel")),
                        field("name", FieldKind.TEXT, true, words("Full name", "Nom complet")),
                        field("company", FieldKind.TEXT, true, words("Company", "Entreprise")),
                        choice(
                                "companySize",
                                words("Company size", "Taille de l'entreprise"),
                                option("1", "1-10", "1 à 10"),
                                option("11", "11-50", "11 à 50"),
                                option("51", "51-200", "51 à 200"),
                                option("201", "201 or more", "201 et plus")),
                        field("country", FieldKind.COUNTRY, true, words("Country", "Pays")),
                        choice(
                                "interest",
                                words("What would you like to see?", "Que souhaitez-vous voir ?"),
                                option("demo", "A product demo", "Une démo du produit"),
                                option("pricing", "Pricing for my team", "Les tarifs pour mon équipe"),
                                option("other", "Something else", "Autre chose")),
                        new FormField(
                                "details",
                                FieldKind.TEXT,
                                true,
                                words("Tell us more", "Dites-nous en plus"),
                                Localized.NONE,
                                List.of(),
                                new FieldValidation(null, 500, null, null, null),
                                null,
                                ShowWhen.of("interest", ShowWhen.Operator.EQUALS, List.of("other"))),
                        field(
                                "consent",
                                FieldKind.CONSENT,
                                true,
                                words(
                                        "I agree to be contacted about my request",
                                        "J'accepte d'être contacté au sujet de ma demande")),
                        new FormField(
                                "source",
                                FieldKind.HIDDEN,
                                false,
                                Localized.NONE,
                                Localized.NONE,
                                List.of(),
                                FieldValidation.NONE,
                                "utm_source",
                                null)),
                words("Thank you, we will be in touch shortly.", "Merci, nous revenons vers vous rapidement."),
                new DisqualifiedOutcome(
                        words(
                                "Thank you for your interest: our team will write to you.",
                                "Merci de votre intérêt : notre équipe vous écrira."),
                        null),
                new NoSlotFallback(
                        NoSlotFallback.Mode.CONTACT_BY_REP,
                        words(
                                "{rep} will contact you within a day to find a time.",
                                "{rep} vous contactera sous 24 heures pour trouver un horaire.")),
                new Brand("#0b6e4f", null));
    }

    private static FormField field(String key, FieldKind kind, boolean required, Localized label) {
        return new FormField(key, kind, required, label, Localized.NONE, List.of(), FieldValidation.NONE, null, null);
    }

    private static FormField choice(String key, Localized label, FieldOption... options) {
        return new FormField(
                key, FieldKind.SELECT, true, label, Localized.NONE, List.of(options), FieldValidation.NONE, null, null);
    }

    private static FieldOption option(String value, String english, String french) {
        return new FieldOption(value, words(english, french));
    }

    private static Localized words(String english, String french) {
        return new Localized(List.of(new LocalizedText("en", english), new LocalizedText("fr", french)));
    }
}
