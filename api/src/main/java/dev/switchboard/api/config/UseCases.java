package dev.switchboard.api.config;

import dev.switchboard.domain.port.Absences;
import dev.switchboard.domain.port.Accounts;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.CompanyProfiles;
import dev.switchboard.domain.port.Conversions;
import dev.switchboard.domain.port.Events;
import dev.switchboard.domain.port.Forms;
import dev.switchboard.domain.port.FreeSlots;
import dev.switchboard.domain.port.LeadAnalytics;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Qualifications;
import dev.switchboard.domain.port.RepDays;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.domain.port.Rotations;
import dev.switchboard.domain.port.Routers;
import dev.switchboard.domain.port.Standings;
import dev.switchboard.domain.port.Tallies;
import dev.switchboard.routing.engine.EarlierLeads;
import dev.switchboard.routing.engine.ReadStandings;
import dev.switchboard.routing.engine.RouteLead;
import dev.switchboard.routing.enrichment.AccountProfiles;
import dev.switchboard.routing.explain.ExplainMisses;
import dev.switchboard.routing.insights.ReadAnalytics;
import dev.switchboard.routing.insights.ReadRepsToday;
import dev.switchboard.routing.intake.IntakeOutcomes;
import dev.switchboard.routing.intake.RouteStrandedLeads;
import dev.switchboard.routing.intake.ShortenForm;
import dev.switchboard.routing.intake.SimulateRouting;
import dev.switchboard.routing.intake.SubmitLead;
import dev.switchboard.routing.qualification.UpdateQualification;
import dev.switchboard.routing.replay.ReplayRouter;
import dev.switchboard.routing.rules.CreateRouter;
import dev.switchboard.routing.rules.DeleteRouter;
import dev.switchboard.routing.rules.PublishRouter;
import dev.switchboard.routing.rules.ReviseRouter;
import dev.switchboard.routing.setup.CreateAccount;
import dev.switchboard.routing.setup.CreateForm;
import dev.switchboard.routing.setup.CreatePool;
import dev.switchboard.routing.setup.CreateRep;
import dev.switchboard.routing.setup.DeleteAccount;
import dev.switchboard.routing.setup.DeleteForm;
import dev.switchboard.routing.setup.ImportAccounts;
import dev.switchboard.routing.setup.SetRepStatus;
import dev.switchboard.routing.setup.UpdateAccount;
import dev.switchboard.routing.setup.UpdateForm;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The core's use cases, wired to the MongoDB adapters. The core itself knows nothing of Spring. */
@Configuration(proxyBeanMethods = false)
class UseCases {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    RouteLead routeLead(
            Pools pools,
            Reps reps,
            Accounts accounts,
            CompanyProfiles profiles,
            Rotations rotations,
            Tallies tallies,
            Qualifications qualifications,
            Clock clock,
            Standings standings,
            Conversions conversions,
            FreeSlots freeSlots,
            Absences absences,
            EarlierLeads earlierLeads) {
        return new RouteLead(
                        pools,
                        reps,
                        accounts,
                        profiles,
                        rotations,
                        tallies,
                        qualifications,
                        clock,
                        standings,
                        conversions,
                        freeSlots,
                        absences)
                .matchingEarlierLeads(earlierLeads);
    }

    /** Enrichment from the admin's own accounts; an outside service plugs in as a {@code @Primary} {@link CompanyProfiles} bean. */
    @Bean
    CompanyProfiles companyProfiles(Accounts accounts) {
        return new AccountProfiles(accounts);
    }

    @Bean
    ExplainMisses explainMisses(Routers routers) {
        return new ExplainMisses(routers);
    }

    @Bean
    UpdateQualification updateQualification(Qualifications qualifications) {
        return new UpdateQualification(qualifications);
    }

    @Bean
    SubmitLead submitLead(
            Forms forms,
            Routers routers,
            Pools pools,
            Leads leads,
            Assignments assignments,
            RouteLead routeLead,
            Events events,
            IntakeOutcomes outcomes,
            Clock clock,
            IntakeProperties intake,
            CompanyProfiles profiles) {
        return new SubmitLead(
                forms,
                routers,
                pools,
                leads,
                assignments,
                routeLead,
                events,
                outcomes,
                clock,
                intake.replayWait(),
                profiles);
    }

    @Bean
    ShortenForm shortenForm(Forms forms, CompanyProfiles profiles, Leads leads) {
        return new ShortenForm(forms, profiles, leads);
    }

    @Bean
    RouteStrandedLeads routeStrandedLeads(
            Forms forms,
            Routers routers,
            Pools pools,
            Leads leads,
            Assignments assignments,
            RouteLead routeLead,
            Events events,
            Clock clock,
            IntakeProperties intake) {
        return new RouteStrandedLeads(
                forms,
                routers,
                pools,
                leads,
                assignments,
                routeLead,
                events,
                clock,
                intake.recovery().grace());
    }

    @Bean
    SimulateRouting simulateRouting(
            Forms forms,
            Routers routers,
            Pools pools,
            RouteLead routeLead,
            Clock clock,
            CompanyProfiles profiles,
            Leads leads) {
        return new SimulateRouting(forms, routers, pools, routeLead, clock, profiles, leads);
    }

    @Bean
    CreateRouter createRouter(Routers routers, Pools pools, Reps reps) {
        return new CreateRouter(routers, pools, reps);
    }

    @Bean
    ReviseRouter reviseRouter(Routers routers, Pools pools, Reps reps) {
        return new ReviseRouter(routers, pools, reps);
    }

    @Bean
    PublishRouter publishRouter(Routers routers) {
        return new PublishRouter(routers);
    }

    @Bean
    DeleteRouter deleteRouter(Routers routers, Forms forms) {
        return new DeleteRouter(routers, forms);
    }

    @Bean
    UpdateForm updateForm(Forms forms, Routers routers, Clock clock) {
        return new UpdateForm(forms, routers, clock);
    }

    @Bean
    DeleteForm deleteForm(Forms forms) {
        return new DeleteForm(forms);
    }

    @Bean
    CreateForm createForm(Forms forms, Routers routers, Clock clock) {
        return new CreateForm(forms, routers, clock);
    }

    @Bean
    CreateAccount createAccount(Accounts accounts, Reps reps) {
        return new CreateAccount(accounts, reps);
    }

    @Bean
    UpdateAccount updateAccount(Accounts accounts, Reps reps) {
        return new UpdateAccount(accounts, reps);
    }

    @Bean
    ImportAccounts importAccounts(Accounts accounts, Reps reps) {
        return new ImportAccounts(accounts, reps);
    }

    @Bean
    dev.switchboard.routing.bulk.StartBulkImport startBulkImport(
            dev.switchboard.routing.bulk.BulkImports imports, Clock clock) {
        return new dev.switchboard.routing.bulk.StartBulkImport(imports, clock);
    }

    @Bean
    dev.switchboard.routing.bulk.RunBulkImports runBulkImports(
            dev.switchboard.routing.bulk.BulkImports imports,
            Reps reps,
            Accounts accounts,
            dev.switchboard.domain.port.Leads leads,
            dev.switchboard.domain.port.Forms forms,
            dev.switchboard.domain.port.Pools pools,
            Clock clock) {
        return new dev.switchboard.routing.bulk.RunBulkImports(imports, reps, accounts, leads, forms, pools, clock);
    }

    @Bean
    DeleteAccount deleteAccount(Accounts accounts) {
        return new DeleteAccount(accounts);
    }

    @Bean
    SetRepStatus setRepStatus(Reps reps) {
        return new SetRepStatus(reps);
    }

    @Bean
    ReadStandings readStandings(
            Pools pools,
            Reps reps,
            Rotations rotations,
            Tallies tallies,
            Standings standings,
            Conversions conversions,
            Absences absences,
            Clock clock) {
        return new ReadStandings(pools, reps, rotations, tallies, standings, conversions, absences, clock);
    }

    @Bean
    ReadAnalytics readAnalytics(LeadAnalytics analytics, Pools pools) {
        return new ReadAnalytics(analytics, pools);
    }

    @Bean
    ReadRepsToday readRepsToday(RepDays days, Clock clock) {
        return new ReadRepsToday(days, clock);
    }

    @Bean
    ReplayRouter replayRouter(
            Routers routers,
            Forms forms,
            Leads leads,
            Assignments assignments,
            Pools pools,
            Reps reps,
            Accounts accounts,
            CompanyProfiles profiles,
            Qualifications qualifications,
            Conversions conversions,
            EarlierLeads earlierLeads) {
        return new ReplayRouter(
                        routers,
                        forms,
                        leads,
                        assignments,
                        pools,
                        reps,
                        accounts,
                        profiles,
                        qualifications,
                        conversions)
                .matchingEarlierLeads(earlierLeads);
    }

    @Bean
    CreateRep createRep(Reps reps) {
        return new CreateRep(reps);
    }

    @Bean
    CreatePool createPool(Pools pools, Reps reps) {
        return new CreatePool(pools, reps);
    }
}
