package dev.switchboard.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A form's definition: what it takes, what it refuses (all at once), what it shows, and what a known prospect may skip. */
class FormDefinitionTest {

    private static Localized en(String text) {
        return new Localized(List.of(new LocalizedText("en", text)));
    }

    private static FormField field(String key, FieldKind kind, boolean required) {
        return new FormField(key, kind, required, en(key), null, null, null, null, null);
    }

    private static FormField select(String key, boolean required, String... values) {
        List<FieldOption> options = new ArrayList<>();
        for (String value : values) {
            options.add(new FieldOption(value, en(value)));
        }
        FieldKind kind = key.equals("interests") ? FieldKind.MULTI_SELECT : FieldKind.SELECT;
        return new FormField(key, kind, required, en(key), null, options, null, null, null);
    }

    private static FormField shownWhen(FormField field, ShowWhen when) {
        return new FormField(
                field.key(),
                field.kind(),
                field.required(),
                field.label(),
                field.help(),
                field.options(),
                field.validation(),
                field.fromParam(),
                when);
    }

    /** Email, name, company, company size, industry, country, interests, a budget asked when pricing is, a consent. */
    private static final FormDefinition CONTACT = new FormDefinition(
            List.of("en", "fr"),
            List.of(
                    field("email", FieldKind.EMAIL, true),
                    field("name", FieldKind.TEXT, true),
                    field("company", FieldKind.TEXT, true),
                    select("companySize", true, "1", "11", "51", "201"),
                    select("industry", true, "Software", "Retail"),
                    field("country", FieldKind.COUNTRY, true),
                    select("interests", false, "demo", "pricing"),
                    shownWhen(
                            new FormField(
                                    "budget",
                                    FieldKind.NUMBER,
                                    true,
                                    en("Budget"),
                                    null,
                                    null,
                                    new FieldValidation(null, null, BigDecimal.ZERO, new BigDecimal("1000000"), null),
                                    null,
                                    null),
                            ShowWhen.of("interests", ShowWhen.Operator.IN, List.of("pricing"))),
                    field("consent", FieldKind.CONSENT, true),
                    new FormField("source", FieldKind.HIDDEN, false, null, null, null, null, "utm_source", null)),
            null,
            null,
            null,
            null);

    private static FormAnswers answers(Map<String, Object> given) {
        List<FormAnswer> list = new ArrayList<>();
        given.forEach((key, value) -> list.add(
                value instanceof List<?> values
                        ? new FormAnswer(
                                key, null, values.stream().map(Object::toString).toList())
                        : FormAnswer.of(key, value.toString())));
        return new FormAnswers(list, List.of());
    }

    private static Map<String, Object> valid() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("email", "jo@initech.example");
        answers.put("name", "Jo");
        answers.put("company", "Initech");
        answers.put("companySize", "11");
        answers.put("industry", "Retail");
        answers.put("country", "fr");
        answers.put("consent", "true");
        answers.put("source", "newsletter");
        return answers;
    }

    private static List<String> faults(Runnable read) {
        try {
            read.run();
        } catch (InputsRejected rejected) {
            return rejected.faults().stream()
                    .map(f -> f.code() + " " + f.field())
                    .toList();
        }
        return List.of();
    }

    private static final KnownFacts ACCOUNT = KnownFacts.of(
            Optional.of(new CompanyProfile("account Umbrella", "Umbrella", "Software", 51, null, "Japan")),
            Optional.empty());

    @Test
    void valid_answers_make_the_lead_lead_fields_from_their_keys_and_custom_attributes_from_the_rest() {
        Map<String, Object> given = valid();
        given.put("interests", List.of("demo", "pricing", "demo"));
        given.put("budget", "25000.50");

        FilledForm filled = CONTACT.read(answers(given), KnownFacts.NONE);

        LeadDetails lead = filled.details();
        assertThat(lead.email().value()).isEqualTo("jo@initech.example");
        assertThat(lead.employees()).isEqualTo(11);
        assertThat(lead.country()).isEqualTo("FR");
        assertThat(lead.source()).isEqualTo("newsletter");
        assertThat(lead.attributes())
                .containsExactly(
                        new Attribute("interests", "demo,pricing"),
                        new Attribute("budget", "25000.50"),
                        new Attribute("consent", "true"));
        assertThat(filled.sources()).allMatch(s -> s.source() == ValueSource.SUBMITTED);
    }

    @Test
    void every_fault_is_told_at_once_each_on_its_answer() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("email", "nope");
        given.put("companySize", "12");
        given.put("country", "Atlantis");
        given.put("interests", List.of("pricing"));
        given.put("budget", "-1");
        given.put("consent", "false");
        given.put("shoeSize", "44");

        assertThat(faults(() -> CONTACT.read(answers(given), KnownFacts.NONE)))
                .containsExactly(
                        "UNKNOWN_FIELD answers.shoeSize",
                        "INVALID_FORMAT answers.email",
                        "REQUIRED answers.name",
                        "REQUIRED answers.company",
                        "NOT_AN_OPTION answers.companySize",
                        "REQUIRED answers.industry",
                        "INVALID_FORMAT answers.country",
                        "OUT_OF_RANGE answers.budget",
                        "REQUIRED answers.consent");
    }

    @Test
    void a_field_whose_condition_does_not_hold_is_neither_required_nor_kept() {
        Map<String, Object> withoutPricing = valid();
        withoutPricing.put("budget", "not even a number");
        Map<String, Object> withPricing = valid();
        withPricing.put("interests", List.of("pricing"));

        FilledForm filled = CONTACT.read(answers(withoutPricing), KnownFacts.NONE);

        assertThat(filled.details().attributes()).extracting(Attribute::key).doesNotContain("budget");
        assertThat(faults(() -> CONTACT.read(answers(withPricing), KnownFacts.NONE)))
                .containsExactly("REQUIRED answers.budget");
    }

    @Test
    void conditions_compare_with_any_value_of_the_answer_they_name() {
        ShowWhen equals = ShowWhen.of("interests", ShowWhen.Operator.EQUALS, List.of("demo"));
        ShowWhen in = ShowWhen.of("interests", ShowWhen.Operator.IN, List.of("pricing", "support"));
        ShowWhen notEmpty = ShowWhen.of("interests", ShowWhen.Operator.NOT_EMPTY, null);

        assertThat(equals.holds(List.of("pricing", "demo"))).isTrue();
        assertThat(equals.holds(List.of("pricing"))).isFalse();
        assertThat(in.holds(List.of("demo", "support"))).isTrue();
        assertThat(in.holds(List.of())).isFalse();
        assertThat(notEmpty.holds(List.of("demo"))).isTrue();
        assertThat(notEmpty.holds(List.of())).isFalse();
        assertThatThrownBy(() -> ShowWhen.of("interests", ShowWhen.Operator.EQUALS, List.of("a", "b")))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("values"));
    }

    @Test
    void a_known_account_lets_its_company_fields_be_skipped_and_fills_them_with_their_source() {
        Map<String, Object> given = valid();
        given.keySet().removeAll(List.of("company", "companySize", "industry", "country"));

        FilledForm filled = CONTACT.read(answers(given), ACCOUNT);

        assertThat(CONTACT.skippable(ACCOUNT)).containsExactly("company", "companySize", "industry", "country");
        assertThat(filled.details().company()).isEqualTo("Umbrella");
        assertThat(filled.details().employees()).isEqualTo(51);
        assertThat(filled.details().country()).isEqualTo("JP");
        assertThat(filled.sources())
                .contains(new FieldSource("industry", ValueSource.ACCOUNT, "account Umbrella"))
                .contains(FieldSource.submitted("email"));
    }

    @Test
    void what_the_prospect_answers_wins_over_what_is_known() {
        Map<String, Object> given = valid();

        FilledForm filled = CONTACT.read(answers(given), ACCOUNT);

        assertThat(filled.details().company()).isEqualTo("Initech");
        assertThat(filled.sources()).allMatch(s -> s.source() == ValueSource.SUBMITTED);
    }

    @Test
    void a_known_value_the_field_would_refuse_or_one_a_condition_depends_on_is_not_skipped() {
        KnownFacts oddSize = KnownFacts.of(
                Optional.of(new CompanyProfile("account Tiny", "Tiny", "Mining", 7, null, null)), Optional.empty());
        FormDefinition industryDecides = new FormDefinition(
                List.of("en"),
                List.of(
                        field("email", FieldKind.EMAIL, true),
                        field("name", FieldKind.TEXT, true),
                        select("industry", true, "Software", "Retail"),
                        shownWhen(
                                field("stack", FieldKind.TEXT, false),
                                ShowWhen.of("industry", ShowWhen.Operator.EQUALS, List.of("Software")))),
                null,
                null,
                null,
                null);

        assertThat(CONTACT.skippable(oddSize))
                .as("7 and Mining are not options")
                .containsExactly("company");
        assertThat(industryDecides.skippable(ACCOUNT)).isEmpty();
    }

    @Test
    void an_earlier_lead_tells_what_an_account_does_not() {
        Lead earlier = new Lead(
                new LeadId("earlier"),
                new LeadDetails(
                        "Jo",
                        new EmailAddress("jo@initech.example"),
                        null,
                        "Initech",
                        "Retail",
                        11,
                        null,
                        "DE",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of()),
                new FormId("f"),
                null,
                Instant.parse("2026-11-01T10:00:00Z"),
                null);
        KnownFacts both = KnownFacts.of(
                Optional.of(new CompanyProfile("account Initech", "Initech SA", null, null, null, null)),
                Optional.of(earlier));

        Map<String, Object> given = valid();
        given.keySet().removeAll(List.of("company", "industry"));
        FilledForm filled = CONTACT.read(answers(given), both);

        assertThat(filled.details().company()).as("the account first").isEqualTo("Initech SA");
        assertThat(filled.sources()).contains(new FieldSource("industry", ValueSource.EARLIER_LEAD, "lead earlier"));
    }

    @Test
    void flat_fields_count_as_answers_and_those_the_form_does_not_ask_are_kept_as_sent() {
        FormAnswers flat = new FormAnswers(
                List.of(FormAnswer.of("consent", "true")),
                List.of(
                        FormAnswer.of("name", "Jo"),
                        FormAnswer.of("email", "jo@initech.example"),
                        FormAnswer.of("company", "Initech"),
                        FormAnswer.of("companySize", "201"),
                        FormAnswer.of("industry", "Software"),
                        FormAnswer.of("country", "DE"),
                        FormAnswer.of("product", "Routing"),
                        FormAnswer.of("campaign", "spring")));
        FormAnswers twice = new FormAnswers(
                List.of(FormAnswer.of("company", "Initech")), List.of(FormAnswer.of("company", "Initech")));

        FilledForm filled = CONTACT.read(flat, KnownFacts.NONE);

        assertThat(filled.details().product()).isEqualTo("Routing");
        assertThat(filled.details().attributes()).contains(new Attribute("campaign", "spring"));
        assertThat(faults(() -> CONTACT.read(twice, KnownFacts.NONE))).contains("DUPLICATE answers.company");
    }

    @Test
    void a_classic_form_refuses_answers_and_takes_flat_fields() {
        FormAnswers answered = new FormAnswers(List.of(FormAnswer.of("company", "Initech")), List.of());

        assertThat(faults(() -> FormDefinition.CLASSIC.read(answered, KnownFacts.NONE)))
                .contains("UNKNOWN_FIELD answers.company");
        assertThat(FormDefinition.CLASSIC
                        .read(
                                FormAnswers.of(new LeadDetails(
                                        "Jo",
                                        new EmailAddress("jo@initech.example"),
                                        null,
                                        "Initech",
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        List.of())),
                                KnownFacts.NONE)
                        .details()
                        .company())
                .isEqualTo("Initech");
    }

    @Test
    void a_definition_must_ask_email_and_name_and_conditions_name_earlier_fields() {
        assertThat(faults(() -> new FormDefinition(
                        List.of("en"),
                        List.of(
                                shownWhen(
                                        field("company", FieldKind.TEXT, false),
                                        ShowWhen.of("interests", ShowWhen.Operator.NOT_EMPTY, null)),
                                select("interests", false, "demo"),
                                field("interests", FieldKind.TEXT, false)),
                        null,
                        null,
                        null,
                        null)))
                .containsExactly(
                        "INVALID_FORMAT fields[0].showWhen.field",
                        "DUPLICATE fields[2].key",
                        "REQUIRED fields",
                        "REQUIRED fields");
    }

    @Test
    void a_lead_key_takes_only_kinds_that_hold_its_value() {
        assertThatThrownBy(() -> field("companySize", FieldKind.TEXT, false))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("kind"));
        assertThatThrownBy(() -> select("companySize", false, "1-10"))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("options[0].value"));
        assertThatThrownBy(() -> field("email", FieldKind.TEXT, true))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("kind"));
        assertThat(field("favouriteColour", FieldKind.CONSENT, false).leadKey()).isEmpty();
    }

    @Test
    void a_pattern_that_backtracks_without_end_counts_as_no_match_instead_of_holding_the_thread() {
        Pattern evil = Pattern.compile("(a+)+$");

        assertThat(BoundedMatch.matches(evil, "a".repeat(40) + "!")).isFalse();
        assertThat(BoundedMatch.matches(evil, "aaaa")).isTrue();
        assertThatThrownBy(() -> new FieldValidation(null, null, null, null, "(?i)abc"))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("pattern"));
    }

    @Test
    void the_prospects_view_of_a_lead_leaves_out_what_the_server_filled() {
        Map<String, Object> given = valid();
        given.keySet().removeAll(List.of("company", "industry"));
        FilledForm filled = CONTACT.read(answers(given), ACCOUNT);
        Lead lead = new Lead(
                new LeadId("l"),
                filled.details(),
                new FormId("f"),
                null,
                Instant.parse("2026-11-01T10:00:00Z"),
                null,
                3,
                filled.sources());

        Lead seen = lead.asSubmitted();

        assertThat(seen.details().company()).isNull();
        assertThat(seen.details().industry()).isNull();
        assertThat(seen.details().employees()).isEqualTo(11);
        assertThat(seen.fieldSources()).noneMatch(FieldSource::filledByServer);
        assertThat(lead.details().company()).isEqualTo("Umbrella");
    }
}
