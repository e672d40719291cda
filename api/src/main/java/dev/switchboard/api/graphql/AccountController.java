package dev.switchboard.api.graphql;

import dev.switchboard.api.graphql.Views.RepView;
import dev.switchboard.domain.model.Account;
import dev.switchboard.domain.model.AccountId;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.InputsRejected;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Accounts;
import dev.switchboard.domain.port.PagePosition;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.routing.setup.AccountChanges;
import dev.switchboard.routing.setup.AccountCommand;
import dev.switchboard.routing.setup.CreateAccount;
import dev.switchboard.routing.setup.DeleteAccount;
import dev.switchboard.routing.setup.ImportAccounts;
import dev.switchboard.routing.setup.UpdateAccount;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Known accounts: who owns a company's leads, and what is known of the company for enrichment. */
@Controller
class AccountController {

    record AccountView(
            String id,
            String name,
            List<String> domains,
            String ownerId,
            String industry,
            Integer employees,
            BigDecimal annualRevenue,
            String country) {
        static AccountView of(Account account) {
            return new AccountView(
                    account.id().value(),
                    account.name(),
                    account.domains(),
                    account.ownerId().value(),
                    account.industry(),
                    account.employees(),
                    account.annualRevenue(),
                    account.country());
        }
    }

    record AccountInput(
            String name,
            List<String> domains,
            String ownerId,
            String industry,
            Integer employees,
            BigDecimal annualRevenue,
            String country) {

        AccountCommand command() {
            return new AccountCommand(
                    name,
                    domains,
                    ownerId == null ? null : owner(ownerId),
                    industry,
                    employees,
                    annualRevenue,
                    country);
        }

        static RepId owner(String ownerId) {
            try {
                return new RepId(ownerId);
            } catch (InputRejected rejected) {
                throw new InputRejected(rejected.code(), "ownerId", rejected.getMessage());
            }
        }
    }

    /** The fields to change beside the account's id, each omitted left as it is; or, deprecated, the whole account. */
    record UpdateAccountInput(
            String accountId,
            AccountInput account,
            ArgumentValue<String> name,
            ArgumentValue<List<String>> domains,
            ArgumentValue<String> ownerId,
            ArgumentValue<String> industry,
            ArgumentValue<Integer> employees,
            ArgumentValue<BigDecimal> annualRevenue,
            ArgumentValue<String> country,
            Integer expectedVersion) {

        AccountChanges changes() {
            if (account != null) {
                try {
                    AccountChanges whole = AccountChanges.whole(account.command());
                    return new AccountChanges(
                            whole.name(),
                            whole.domains(),
                            whole.ownerId(),
                            whole.industry(),
                            whole.employees(),
                            whole.annualRevenue(),
                            whole.country(),
                            expectedVersion);
                } catch (InputRejected rejected) {
                    throw rejected.under("account");
                } catch (InputsRejected rejected) {
                    throw rejected.under("account");
                }
            }
            return new AccountChanges(
                    Changes.of(name),
                    Changes.of(domains),
                    Changes.of(ownerId).map(AccountInput::owner),
                    Changes.of(industry),
                    Changes.of(employees),
                    Changes.of(annualRevenue),
                    Changes.of(country),
                    expectedVersion);
        }
    }

    record DeleteAccountInput(String accountId) {}

    record AccountPayload(AccountView account, List<UserError> errors) {
        /** DeleteAccountPayload.deletedId: the one shape every delete answers. */
        public String deletedId() {
            return account == null ? null : account.id();
        }

        static AccountPayload of(Account account) {
            return new AccountPayload(AccountView.of(account), List.of());
        }

        static AccountPayload rejected(InputRejected rejected) {
            return new AccountPayload(null, UserError.of(rejected));
        }

        static AccountPayload rejected(InputsRejected rejected) {
            return new AccountPayload(null, UserError.of(rejected));
        }
    }

    record ImportAccountsInput(String csv) {}

    record AccountRowError(int line, ErrorCode code, String field, String message) {
        static AccountRowError of(ImportAccounts.RowRejected row) {
            return new AccountRowError(
                    row.line(),
                    row.reason().code(),
                    row.reason().field(),
                    row.reason().getMessage());
        }
    }

    record ImportAccountsPayload(
            int created, int updated, int unchanged, List<AccountRowError> rowErrors, List<UserError> errors) {
        static ImportAccountsPayload of(ImportAccounts.Imported imported) {
            return new ImportAccountsPayload(
                    imported.created(),
                    imported.updated(),
                    imported.unchanged(),
                    imported.rejected().stream().map(AccountRowError::of).toList(),
                    List.of());
        }

        static ImportAccountsPayload rejected(InputRejected rejected) {
            return new ImportAccountsPayload(0, 0, 0, List.of(), UserError.of(rejected));
        }
    }

    private final CreateAccount createAccount;
    private final UpdateAccount updateAccount;
    private final DeleteAccount deleteAccount;
    private final ImportAccounts importAccounts;
    private final Accounts accounts;
    private final Reps reps;

    AccountController(
            CreateAccount createAccount,
            UpdateAccount updateAccount,
            DeleteAccount deleteAccount,
            ImportAccounts importAccounts,
            Accounts accounts,
            Reps reps) {
        this.createAccount = createAccount;
        this.updateAccount = updateAccount;
        this.deleteAccount = deleteAccount;
        this.importAccounts = importAccounts;
        this.accounts = accounts;
        this.reps = reps;
    }

    @MutationMapping
    AccountPayload createAccount(@Argument AccountInput input) {
        try {
            return AccountPayload.of(createAccount.create(input.command()));
        } catch (InputRejected rejected) {
            return AccountPayload.rejected(rejected);
        } catch (InputsRejected rejected) {
            return AccountPayload.rejected(rejected);
        }
    }

    @MutationMapping
    AccountPayload updateAccount(@Argument UpdateAccountInput input) {
        try {
            return AccountPayload.of(updateAccount.update(new AccountId(input.accountId()), input.changes()));
        } catch (InputRejected rejected) {
            return AccountPayload.rejected(rejected);
        } catch (InputsRejected rejected) {
            return AccountPayload.rejected(rejected);
        }
    }

    @MutationMapping
    AccountPayload deleteAccount(@Argument DeleteAccountInput input) {
        try {
            return AccountPayload.of(deleteAccount.delete(new AccountId(input.accountId())));
        } catch (InputRejected rejected) {
            return AccountPayload.rejected(rejected);
        } catch (InputsRejected rejected) {
            return AccountPayload.rejected(rejected);
        }
    }

    @MutationMapping
    ImportAccountsPayload importAccounts(@Argument ImportAccountsInput input) {
        try {
            return ImportAccountsPayload.of(importAccounts.importCsv(GlobalIds.storedIdsIn(input.csv())));
        } catch (InputRejected rejected) {
            return ImportAccountsPayload.rejected(rejected);
        }
    }

    @QueryMapping
    Connection<AccountView> accounts(@Argument Integer first, @Argument String after, @Argument String domain) {
        String held = domain == null ? null : domain.trim().toLowerCase(java.util.Locale.ROOT);
        return Connection.of(
                accounts.page(Connection.limit(first), Cursor.ACCOUNTS.decode(after), held),
                a -> Cursor.ACCOUNTS.encode(new PagePosition(a.name(), a.id().value())),
                AccountView::of,
                () -> accounts.count(held));
    }

    @BatchMapping(typeName = "Account", field = "version")
    Map<AccountView, Integer> version(List<AccountView> page) {
        return Batches.load(page, a -> new AccountId(a.id()), accounts::versions, v -> v);
    }

    @BatchMapping(typeName = "Account", field = "owner")
    Map<AccountView, RepView> owner(List<AccountView> page) {
        return Batches.load(page, a -> new RepId(a.ownerId()), reps::byIds, RepView::of);
    }
}
