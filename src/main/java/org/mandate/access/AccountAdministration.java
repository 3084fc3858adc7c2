package org.mandate.access;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.mandate.shared.DomainException;
import org.mandate.access.store.AccountQueries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with accounts: open, change roles, scope, person link and language, lock
 * and unlock, reset a forgotten password. Every use case needs {@link Permission#ACCOUNT_ADMIN} and
 * is audited.
 */
@Service
public class AccountAdministration {

    private final Accounts accounts;
    private final AccountQueries queries;
    private final AccessPolicy access;
    private final PasswordEncoder encoder;
    private final SecuritySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountAdministration(Accounts accounts, AccountQueries queries, AccessPolicy access, PasswordEncoder encoder,
                          SecuritySettings settings, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.queries = queries;
        this.access = access;
        this.encoder = encoder;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** What an administrator enters for a new account, or changes on an existing one. */
    public record AccountDraft(String username, Account.Profile profile, Set<Role> roles, Set<String> scope) {
    }

    /** A demonstration account: password {@code demo}, exempt from the password rules. */
    public record DemoAccount(String username, Role role, Set<String> scope, Long personId) {
    }

    /** Accounts matching the filter (each part optional), at most {@value AccountQueries#LIMIT}. */
    @Transactional(readOnly = true)
    public List<AccountSummary> search(String text, Role role, String unitCode) {
        access.require(Permission.ACCOUNT_ADMIN);
        return queries.search(text, role, unitCode);
    }

    @Transactional(readOnly = true)
    public Account get(long id) {
        access.require(Permission.ACCOUNT_ADMIN);
        return load(id);
    }

    /** Opens an account with an initial password, which must follow the rules. */
    @Transactional
    public long open(AccountDraft draft, String password) {
        access.require(Permission.ACCOUNT_ADMIN);
        Account account = Account.open(draft.username(), password, draft.profile(), draft.roles(), draft.scope(),
                settings.password(), encoder, clock.instant());
        if (accounts.findByUsername(account.username()).isPresent()) {
            throw DomainException.invalid("access.account.usernameTaken", "username", account.username());
        }
        Account saved = accounts.save(account);
        events.publishEvent(new AccountCreated(saved.username(), saved.snapshot()));
        return saved.id();
    }

    /**
     * Changes roles, scope, person link, language and whether the account may sign in.
     *
     * @param version the version the administrator saw; a later change by someone else is a conflict (409)
     */
    @Transactional
    public void update(long id, int version, AccountDraft draft) {
        access.require(Permission.ACCOUNT_ADMIN);
        Account account = loadAt(id, version);
        AccountSnapshot before = account.snapshot();
        account.describe(draft.profile());
        account.assign(draft.roles(), draft.scope());
        Account saved = accounts.save(account);
        events.publishEvent(new AccountUpdated(saved.username(), before, saved.snapshot()));
    }

    /** Locks the account until an administrator unlocks it. */
    @Transactional
    public void lock(long id) {
        access.require(Permission.ACCOUNT_ADMIN);
        Account account = load(id);
        account.lock();
        accounts.save(account);
        events.publishEvent(new AccountLocked(account.username()));
    }

    /** Lifts a lock or a lockout. */
    @Transactional
    public void unlock(long id) {
        access.require(Permission.ACCOUNT_ADMIN);
        Account account = load(id);
        account.unlock();
        accounts.save(account);
        events.publishEvent(new AccountUnlocked(account.username()));
    }

    /** Sets a new password for an owner who forgot theirs; it must follow the rules. */
    @Transactional
    public void resetPassword(long id, String newPassword) {
        access.require(Permission.ACCOUNT_ADMIN);
        Account account = load(id);
        account.resetPassword(newPassword, settings.password(), encoder, clock.instant());
        accounts.save(account);
        events.publishEvent(new PasswordChanged(account.username(), true));
    }

    /** Whether any account exists (the demo data opens its accounts only into an empty table). */
    @Transactional(readOnly = true)
    public boolean anyAccountExists() {
        return accounts.count() > 0;
    }

    /**
     * Opens the demonstration accounts, all with the password {@code demo} (marked, so that the
     * interface warns). Refused once any account exists: this is a first-start seed, not a back door.
     */
    @Transactional
    public void openDemoAccounts(List<DemoAccount> demoAccounts) {
        if (accounts.count() > 0) {
            throw DomainException.conflict("access.account.demoRefused");
        }
        String hash = encoder.encode("demo");
        for (DemoAccount demo : demoAccounts) {
            Account saved = accounts.save(Account.openForDemo(demo.username(), hash, demo.personId(),
                    Set.of(demo.role()), demo.scope(), clock.instant()));
            events.publishEvent(new AccountCreated(saved.username(), saved.snapshot()));
        }
    }

    private Account load(long id) {
        return accounts.findById(id).orElseThrow(() -> DomainException.notFound("access.account.notFound", id));
    }

    private Account loadAt(long id, int version) {
        Account account = load(id);
        if (account.version() == null || account.version() != version) {
            throw new OptimisticLockingFailureException("Account " + id + " changed since version " + version);
        }
        return account;
    }
}
