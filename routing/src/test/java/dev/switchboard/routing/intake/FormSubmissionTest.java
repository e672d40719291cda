package dev.switchboard.routing.intake;

import static dev.switchboard.routing.World.A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.fixture.SampleLeads;
import dev.switchboard.domain.model.Account;
import dev.switchboard.domain.model.AccountId;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.FieldKind;
import dev.switchboard.domain.model.FieldOption;
import dev.switchboard.domain.model.FieldSource;
import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.FormAnswer;
import dev.switchboard.domain.model.FormAnswers;
import dev.switchboard.domain.model.FormDefinition;
import dev.switchboard.domain.model.FormField;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.InputsRejected;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.Localized;
import dev.switchboard.domain.model.LocalizedText;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.ValueSource;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.model.rule.RuleAction;
import dev.switchboard.domain.port.CompanyProfiles;
import dev.switchboard.routing.World;
import dev.switchboard.routing.enrichment.AccountProfiles;
import dev.switchboard.routing.setup.CreateForm;
import dev.switchboard.routing.setup.UpdateForm;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A lead through a form with fields: checked by the form's current version, which it records, with its sources. */
class FormSubmissionTest {

    private final World world = new World();
    private final CompanyProfiles profiles = new AccountProfiles(world.accounts);
    private final SubmitLead submitLead = new SubmitLead(
            world.forms,
            world.routers,
            world.pools,
            world.leads,
            world.assignments,
            world.routeLead,
            world.events,
            IntakeOutcomes.UNCOUNTED,
            world.clock,
            Duration.ZERO,
            profiles);
    private final ShortenForm shortenForm = new ShortenForm(world.forms, profiles, world.leads);
    private final CreateForm createForm = new CreateForm(world.forms, world.routers, world.clock);
    private final UpdateForm updateForm = new UpdateForm(world.forms, world.routers, world.clock);

    private static Localized en(String text) {
        return new Localized(List.of(new LocalizedText("en", text)));
    }

    private static FormField field(String key, FieldKind kind, boolean required) {
        return new FormField(key, kind, required, en(key), null, null, null, null, null);
    }

    private static final FormDefinition ASKS_SIZE = new FormDefinition(
            List.of("en"),
            List.of(
                    field("email", FieldKind.EMAIL, true),
                    field("name", FieldKind.TEXT, true),
                    field("company", FieldKind.TEXT, true),
                    new FormField(
                            "companySize",
                            FieldKind.SELECT,
                            true,
                            en("Size"),
                            null,
                            List.of(new FieldOption("1", en("1-10")), new FieldOption("51", en("51-200"))),
                            null,
                            null,
                            null)),
            null,
            null,
            null,
            null);

    private Form form() {
        RouterId router = RouterId.random();
        world.routers.addVersion(new Router(
                router,
                "All",
                1,
                List.of(),
                new RuleAction.RouteToPool(world.pool(A).id())));
        world.routers.publish(router, 1);
        return createForm.create("Contact", router, ASKS_SIZE);
    }

    private static FormAnswers answers(String email, String... keyValues) {
        List<FormAnswer> given =
                new java.util.ArrayList<>(List.of(FormAnswer.of("email", email), FormAnswer.of("name", "Jo")));
        for (int i = 0; i < keyValues.length; i += 2) {
            given.add(FormAnswer.of(keyValues[i], keyValues[i + 1]));
        }
        return new FormAnswers(given, List.of());
    }

    private LeadRouted submit(Form form, FormAnswers answers) {
        return submitLead.submit(new SubmitLeadCommand(form.id(), null, null, null, answers));
    }

    @Test
    void a_lead_records_the_version_of_the_form_it_was_checked_against() {
        Form form = form();
        Lead first = submit(form, answers("a@initech.example", "company", "Initech", "companySize", "1"))
                .lead();
        Form second = updateForm.update(form.id(), "Contact us", form.routerId(), null, 1);
        Lead later = submit(form, answers("b@initech.example", "company", "Initech", "companySize", "51"))
                .lead();

        assertThat(first.formVersion()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(later.formVersion()).isEqualTo(2);
        assertThat(world.forms.version(form.id(), 1).orElseThrow().name()).isEqualTo("Contact");
        assertThat(world.leads.byId(later.id()).orElseThrow().fieldSources())
                .extracting(FieldSource::field)
                .containsExactly("email", "name", "company", "companySize");
    }

    @Test
    void a_refused_submission_stores_nothing_and_tells_every_fault() {
        Form form = form();

        assertThatThrownBy(() -> submit(form, answers("nope", "companySize", "7")))
                .isInstanceOfSatisfying(
                        InputsRejected.class,
                        e -> assertThat(e.faults())
                                .extracting(InputRejected::field)
                                .containsExactly("answers.email", "answers.company", "answers.companySize"));
        assertThat(world.leads.count()).isZero();
    }

    @Test
    void the_fields_an_account_tells_are_skipped_by_name_and_filled_on_submit() {
        Form form = form();
        world.accounts.add(new Account(
                AccountId.random(), "Umbrella", List.of("umbrella.example"), A, "Software", 51, null, "JP"));

        List<String> skip = shortenForm.skippable(form.id(), "alice@umbrella.example");
        Lead lead = submit(form, answers("alice@umbrella.example")).lead();

        assertThat(skip).containsExactly("company", "companySize");
        assertThat(lead.details().company()).isEqualTo("Umbrella");
        assertThat(lead.details().employees()).isEqualTo(51);
        assertThat(lead.fieldSources())
                .contains(new FieldSource("companySize", ValueSource.ACCOUNT, "account Umbrella"));
        assertThat(shortenForm.skippable(form.id(), "nobody@elsewhere.example")).isEmpty();
    }

    @Test
    void a_retry_with_the_same_key_and_answers_is_the_same_submission_whatever_the_server_filled() {
        Form form = form();
        world.accounts.add(new Account(
                AccountId.random(), "Umbrella", List.of("umbrella.example"), A, "Software", 51, null, "JP"));
        var key = new dev.switchboard.domain.model.IdempotencyKey("user:admin", "retry-1");

        LeadRouted first =
                submitLead.submit(new SubmitLeadCommand(form.id(), null, null, key, answers("alice@umbrella.example")));
        LeadRouted again =
                submitLead.submit(new SubmitLeadCommand(form.id(), null, null, key, answers("alice@umbrella.example")));

        assertThat(again.repeat()).isTrue();
        assertThat(again.lead().id()).isEqualTo(first.lead().id());
    }

    @Test
    void a_stale_edit_is_refused_and_answers_to_a_pool_are_refused() {
        Form form = form();
        updateForm.update(form.id(), "Contact us", form.routerId(), null, 1);

        assertThatThrownBy(() -> updateForm.update(form.id(), "Lost", form.routerId(), null, 1))
                .isInstanceOfSatisfying(InputRejected.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.STALE);
                    assertThat(e.field()).isEqualTo("expectedVersion");
                });
        assertThatThrownBy(() -> submitLead.submit(new SubmitLeadCommand(
                        null, world.pool(A).id(), SampleLeads.prospect(1), null, answers("a@b.example"))))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("answers"));
    }
}
