package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.domain.model.Account;
import dev.switchboard.domain.model.AccountId;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.port.Accounts;
import dev.switchboard.domain.port.PagePosition;
import dev.switchboard.domain.port.Slice;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

@Component
class MongoAccounts implements Accounts {

    private final MongoTemplate mongo;
    // Every lead's enrichment looks its email domain up; accounts change rarely (see RecentReads).
    private final RecentReads<List<String>, Optional<Account>> recentHolders;

    MongoAccounts(MongoTemplate mongo, @Value("${switchboard.mongodb.read-cache-ttl:5s}") Duration ttl) {
        this.mongo = mongo;
        this.recentHolders = new RecentReads<>(ttl, 10_000);
        // A multikey unique index: no domain can belong to two accounts, whichever instance inserts them.
        mongo.indexOps(AccountDocument.class)
                .createIndex(new Index("domains", Sort.Direction.ASC).unique().named("domains_unique"));
        mongo.indexOps(AccountDocument.class).createIndex(Pages.index("name"));
    }

    @Override
    public void add(Account account) {
        try {
            mongo.insert(AccountDocument.of(account));
            recentHolders.forgetAll();
        } catch (DuplicateKeyException e) {
            throw new InputRejected(ErrorCode.DUPLICATE, "domains", "one of the domains belongs to another account");
        }
    }

    @Override
    public boolean replace(Account account, Integer expectedVersion) {
        try {
            // An update, never an upsert: an update racing a delete must not bring the account back.
            boolean replaced = mongo.updateFirst(
                                    Revisions.at(account.id().value(), expectedVersion),
                                    Revisions.replacing(mongo, AccountDocument.of(account), java.util.Set.of()),
                                    // By name: the fields are converted already, the decimal among them included.
                                    mongo.getCollectionName(AccountDocument.class))
                            .getMatchedCount()
                    == 1;
            recentHolders.forgetAll();
            return replaced;
        } catch (DuplicateKeyException e) {
            throw new InputRejected(ErrorCode.DUPLICATE, "domains", "one of the domains belongs to another account");
        }
    }

    /** A bulk import's batch: the new accounts in one insert command, the replaced ones in one update command. */
    @Override
    public java.util.Set<AccountId> storeAll(List<Account> added, List<Account> replaced) {
        try {
            return UnorderedWrites.storeAll(
                    mongo,
                    mongo.getCollectionName(AccountDocument.class),
                    added,
                    replaced,
                    AccountDocument::of,
                    Account::id,
                    account -> account.id().value());
        } finally {
            recentHolders.forgetAll();
        }
    }

    @Override
    public java.util.Map<AccountId, Integer> versions(java.util.Collection<AccountId> ids) {
        java.util.Map<AccountId, Integer> versions = new java.util.HashMap<>();
        Revisions.of(
                        mongo,
                        AccountDocument.class,
                        ids.stream().map(AccountId::value).toList())
                .forEach((id, version) -> versions.put(new AccountId(id), version));
        return versions;
    }

    @Override
    public void remove(AccountId id) {
        mongo.remove(Query.query(where("_id").is(id.value())), AccountDocument.class);
        recentHolders.forgetAll();
    }

    @Override
    public Optional<Account> byId(AccountId id) {
        return Optional.ofNullable(mongo.findById(id.value(), AccountDocument.class))
                .map(AccountDocument::toAccount);
    }

    @Override
    public java.util.Map<AccountId, Account> byIds(java.util.Collection<AccountId> ids) {
        List<String> keys = ids.stream().map(AccountId::value).distinct().toList();
        java.util.Map<AccountId, Account> found = new java.util.HashMap<>();
        mongo.find(Query.query(where("_id").in(keys)), AccountDocument.class).forEach(document -> {
            Account account = document.toAccount();
            found.put(account.id(), account);
        });
        return found;
    }

    @Override
    public Optional<Account> holdingFirstOf(List<String> domains) {
        if (domains.isEmpty()) {
            return Optional.empty();
        }
        return recentHolders.get(List.copyOf(domains), () -> holderOf(domains));
    }

    private Optional<Account> holderOf(List<String> domains) {
        List<Account> holders = mongo.find(Query.query(where("domains").in(domains)), AccountDocument.class).stream()
                .map(AccountDocument::toAccount)
                .toList();
        return holders.stream().min(Comparator.comparingInt(account -> firstHeld(domains, account)));
    }

    private static int firstHeld(List<String> domains, Account account) {
        for (int i = 0; i < domains.size(); i++) {
            if (account.domains().contains(domains.get(i))) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    @Override
    public List<Account> holdingAny(java.util.Collection<String> domains) {
        if (domains.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(where("domains").in(List.copyOf(domains))), AccountDocument.class).stream()
                .map(AccountDocument::toAccount)
                .toList();
    }

    @Override
    public List<Account> all() {
        return mongo.find(new Query().with(Sort.by("name")), AccountDocument.class).stream()
                .map(AccountDocument::toAccount)
                .toList();
    }

    @Override
    public Slice<Account> page(int limit, PagePosition after, String domain) {
        return Pages.read(
                mongo.find(Pages.byText(holding(domain), "name", after, limit), AccountDocument.class),
                AccountDocument::toAccount,
                limit);
    }

    @Override
    public long count(String domain) {
        return mongo.count(holding(domain), AccountDocument.class);
    }

    private static Query holding(String domain) {
        // Through the domains_unique index.
        return domain == null ? new Query() : Query.query(where("domains").is(domain));
    }
}
