package dev.switchboard.api.demo;

import dev.switchboard.access.CreateWidgetKey;
import dev.switchboard.access.WidgetKey;
import dev.switchboard.access.WidgetKeys;
import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.availability.Availability;
import dev.switchboard.domain.model.availability.WorkingHours;
import dev.switchboard.domain.model.rule.Compare;
import dev.switchboard.domain.model.rule.LeadField;
import dev.switchboard.domain.model.rule.Operator;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.model.rule.Rule;
import dev.switchboard.domain.model.rule.RuleAction;
import dev.switchboard.domain.model.rule.WhenPassedOver;
import dev.switchboard.domain.port.Forms;
import dev.switchboard.routing.rules.CreateRouter;
import dev.switchboard.routing.rules.PublishRouter;
import dev.switchboard.routing.rules.RouterDraft;
import dev.switchboard.routing.setup.AccountCommand;
import dev.switchboard.routing.setup.CreateAccount;
import dev.switchboard.routing.setup.CreateForm;
import dev.switchboard.scheduling.setup.CreateMeetingType;
import dev.switchboard.scheduling.setup.MeetingTypeDraft;
import dev.switchboard.scheduling.setup.SetAvailability;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo's booking half: what {@code /demo} needs for a prospect to fill a form and book at once. Made through
 * the same use cases the API calls, so the demo holds nothing the API could not have made.
 */
@Component
@ConditionalOnBooleanProperty(name = "switchboard.demo.enabled", matchIfMissing = true)
class DemoBooking {

    private static final Logger log = LoggerFactory.getLogger(DemoBooking.class);

    private final SetAvailability setAvailability;
    private final CreateMeetingType createMeetingType;
    private final CreateRouter createRouter;
    private final PublishRouter publishRouter;
    private final CreateForm createForm;
    private final CreateWidgetKey createWidgetKey;
    private final CreateAccount createAccount;
    private final Forms forms;
    private final WidgetKeys widgetKeys;
    private final Environment environment;

    DemoBooking(
            SetAvailability setAvailability,
            CreateMeetingType createMeetingType,
            CreateRouter createRouter,
            PublishRouter publishRouter,
            CreateForm createForm,
            CreateWidgetKey createWidgetKey,
            CreateAccount createAccount,
            Forms forms,
            WidgetKeys widgetKeys,
            Environment environment) {
        this.setAvailability = setAvailability;
        this.createMeetingType = createMeetingType;
        this.createRouter = createRouter;
        this.publishRouter = publishRouter;
        this.createForm = createForm;
        this.createWidgetKey = createWidgetKey;
        this.createAccount = createAccount;
        this.forms = forms;
        this.widgetKeys = widgetKeys;
        this.environment = environment;
    }

    /**
     * Working hours, a meeting type, a router whose fallback is the pool, the two demo forms (a classic one for the
     * plain HTML form the widget attaches to, one with fields that Switchboard renders) with their widget keys,
     * and a known account.
     */
    void seed(List<Rep> team, Pool pool) {
        // Every hour of every day, in each rep's own zone: whenever and wherever the demo runs, there are slots.
        Map<DayOfWeek, List<WorkingHours.Window>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, List.of(new WorkingHours.Window(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)));
        }
        Availability always = Availability.standard().withWeekly(new WorkingHours(week));
        team.forEach(rep -> setAvailability.set(rep.id(), always));
        createMeetingType.create(
                new MeetingTypeDraft("Intro call", 30, 30, 0, 0, 60, 30, null, "Video call with {repName}"));
        Router router = createRouter.create(new RouterDraft(
                "Website",
                List.of(new Rule(
                        "Students",
                        Compare.of(LeadField.JOB_TITLE, Operator.CONTAINS, "student"),
                        new RuleAction.Disqualify("students are not a fit for a sales call"))),
                new RuleAction.RouteToPool(pool.id(), WhenPassedOver.UNASSIGNED)));
        publishRouter.publish(router.id(), router.version());
        createForm.create(DemoWorkspace.FORM_NAME, router.id(), null);
        createForm.create(DemoWorkspace.RENDERED_FORM_NAME, router.id(), DemoForm.definition());
        // A known company: a prospect with an @acme.example address is not asked what the account says already.
        createAccount.create(
                new AccountCommand("Acme", List.of("acme.example"), team.get(0).id(), "Software", 201, null, "FR"));
        keyForThisPort();
        keyFor(DemoWorkspace.RENDERED_FORM_NAME);
    }

    /**
     * The demo form's widget key for this instance's own origins, made when it has none (the demo started on
     * another port before); empty when the database has no demo form.
     */
    Optional<WidgetKey> keyForThisPort() {
        return keyFor(DemoWorkspace.FORM_NAME);
    }

    /** The named demo form's widget key for this instance's own origins, made when it has none. */
    Optional<WidgetKey> keyFor(String formName) {
        Optional<Form> form = demoForm(formName);
        if (form.isEmpty()) {
            return Optional.empty();
        }
        List<String> origins = origins();
        Optional<WidgetKey> live = widgetKeys.all().stream()
                .filter(k -> k.formId().equals(form.get().id()) && k.revokedAt() == null)
                .filter(k -> k.allowedOrigins().containsAll(origins))
                .findFirst();
        if (live.isPresent()) {
            return live;
        }
        WidgetKey made = createWidgetKey.create(form.get().id().value(), origins);
        log.info("Demo booking widget ready: open {}/demo", origins.get(0));
        return Optional.of(made);
    }

    Optional<Form> demoForm() {
        return demoForm(DemoWorkspace.FORM_NAME);
    }

    Optional<Form> demoForm(String name) {
        return forms.all().stream().filter(f -> name.equals(f.name())).findFirst();
    }

    private List<String> origins() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return List.of("http://localhost:" + port, "http://127.0.0.1:" + port);
    }
}
