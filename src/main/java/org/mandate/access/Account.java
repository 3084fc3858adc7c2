package org.mandate.access;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.mandate.shared.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An account that signs in to Mandate: its roles, its scope (org subtrees by unit code), the person
 * it belongs to, its language, and the state of the lockout rule. Every rule about an account is
 * guarded here; the use-case services only load, call and save.
 *
 * <p>Column names are spelt out: Spring Data JDBC's H2 dialect would quote derived names in upper
 * case, which the lower-case schema (both databases) does not have.
 */
@Table("account")
public class Account {

    /** Languages the interface speaks. */
    public static final Set<String> LOCALES = Set.of("vi", "en");
    /** Far enough ahead to mean "until an administrator unlocks it". */
    static final Instant LOCKED_BY_ADMINISTRATOR = Instant.parse("9999-12-31T00:00:00Z");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    @Id
    @Column("id")
    private Long id;
    @Column("username")
    private final String username;
    @Column("password_hash")
    private String passwordHash;
    @Column("demo_password")
    private boolean demoPassword;
    @Column("person_id")
    private Long personId;
    @Column("locale")
    private String locale;
    @Column("enabled")
    private boolean enabled;
    @Column("email_notifications")
    private boolean emailNotifications;
    @Column("failed_attempts")
    private int failedAttempts;
    @Column("locked_until")
    private Instant lockedUntil;
    @Column("password_changed_at")
    private Instant passwordChangedAt;
    @Column("created_at")
    private Instant createdAt;
    @Version
    @Column("version")
    private Integer version;
    @MappedCollection(idColumn = "account_id")
    private Set<AccountRole> roles;
    @MappedCollection(idColumn = "account_id")
    private Set<ScopeUnit> scope;

    @PersistenceCreator
    Account(Long id, String username, String passwordHash, boolean demoPassword, Long personId, String locale,
            boolean enabled, boolean emailNotifications, int failedAttempts, Instant lockedUntil,
            Instant passwordChangedAt, Instant createdAt, Integer version, Set<AccountRole> roles, Set<ScopeUnit> scope) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.demoPassword = demoPassword;
        this.personId = personId;
        this.locale = locale;
        this.enabled = enabled;
        this.emailNotifications = emailNotifications;
        this.failedAttempts = failedAttempts;
        this.lockedUntil = lockedUntil;
        this.passwordChangedAt = passwordChangedAt;
        this.createdAt = createdAt;
        this.version = version;
        this.roles = roles == null ? new HashSet<>() : new HashSet<>(roles);
        this.scope = scope == null ? new HashSet<>() : new HashSet<>(scope);
    }

    /**
     * Opens a new account. The password must follow the rules; roles and scope as in
     * {@link #assign(Set, Set)}.
     */
    public static Account open(String username, String password, Profile profile, Set<Role> roles, Set<String> scope,
                               PasswordRules rules, PasswordEncoder encoder, Instant now) {
        String name = normaliseUsername(username);
        rules.check(name, password, "password");
        Account account = new Account(null, name, encoder.encode(password), false, null, "vi", true, true, 0,
                null, now, now, null, Set.of(), Set.of());
        account.describe(profile);
        account.assign(roles, scope);
        return account;
    }

    /** A demonstration account whose password (given already hashed) skips the rules; marked as such. */
    static Account openForDemo(String username, String passwordHash, Long personId, Set<Role> roles,
                               Set<String> scope, Instant now) {
        Account account = new Account(null, normaliseUsername(username), passwordHash, true, personId, "vi", true,
                true, 0, null, now, now, null, Set.of(), Set.of());
        account.assign(roles, scope);
        return account;
    }

    /** Person link, language and whether the account may sign in. */
    public record Profile(Long personId, String locale, boolean enabled) {
    }

    /** Sets the person link, language and whether the account may sign in. */
    public void describe(Profile profile) {
        chooseLocale(profile.locale());
        this.personId = profile.personId();
        this.enabled = profile.enabled();
    }

    /**
     * Gives the account these roles within these subtrees. At least one role; an account without
     * ADMIN needs at least one scope unit, otherwise it could see nothing.
     */
    public void assign(Set<Role> newRoles, Set<String> scopeUnitCodes) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw DomainException.invalid("access.account.roleRequired", "roles");
        }
        Set<String> codes = scopeUnitCodes == null ? Set.of() : scopeUnitCodes.stream()
                .map(String::strip).filter(c -> !c.isEmpty()).collect(Collectors.toSet());
        if (codes.isEmpty() && !newRoles.contains(Role.ADMIN)) {
            throw DomainException.invalid("access.account.scopeRequired", "scope");
        }
        this.roles = newRoles.stream().map(AccountRole::new).collect(Collectors.toCollection(HashSet::new));
        this.scope = codes.stream().map(ScopeUnit::new).collect(Collectors.toCollection(HashSet::new));
    }

    /** Sets the interface language ({@code vi} or {@code en}). */
    public void chooseLocale(String newLocale) {
        String tag = newLocale == null ? "" : newLocale.strip().toLowerCase(Locale.ROOT);
        if (!LOCALES.contains(tag)) {
            throw DomainException.invalid("access.account.localeUnknown", "locale", newLocale);
        }
        this.locale = tag;
    }

    /** True while an administrator's lock (or a lock from before sign-in throttling) is in force. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** True when an administrator locked the account, as opposed to the automatic lockout. */
    public boolean isLockedByAdministrator() {
        return LOCKED_BY_ADMINISTRATOR.equals(lockedUntil);
    }

    /**
     * Counts a wrong password given for this account (shown to administrators). It never locks the
     * account: guessing is slowed per username and address instead, so that nobody can lock an
     * account for its owner.
     */
    public void recordFailedLogin() {
        failedAttempts++;
    }

    /** A successful sign-in forgets earlier failures. */
    public void recordSuccessfulLogin() {
        failedAttempts = 0;
        if (lockedUntil != null && !isLockedByAdministrator()) {
            lockedUntil = null;
        }
    }

    /** An administrator locks the account until they unlock it. */
    public void lock() {
        lockedUntil = LOCKED_BY_ADMINISTRATOR;
    }

    /** Lifts any lock and forgets failed attempts. */
    public void unlock() {
        lockedUntil = null;
        failedAttempts = 0;
    }

    /** Whether the given password is this account's. */
    public boolean passwordMatches(String password, PasswordEncoder encoder) {
        return password != null && encoder.matches(password, passwordHash);
    }

    /** The owner changes the password, proving they know the current one. */
    public void changePassword(String currentPassword, String newPassword, PasswordRules rules,
                               PasswordEncoder encoder, Instant now) {
        if (!passwordMatches(currentPassword, encoder)) {
            throw DomainException.invalid("access.password.currentWrong", "currentPassword");
        }
        if (currentPassword.equals(newPassword)) {
            throw DomainException.invalid("access.password.unchanged", "newPassword");
        }
        setPassword(newPassword, "newPassword", rules, encoder, now);
    }

    /** An administrator sets a new password (for an owner who forgot theirs); it also lifts a lockout. */
    public void resetPassword(String newPassword, PasswordRules rules, PasswordEncoder encoder, Instant now) {
        setPassword(newPassword, "newPassword", rules, encoder, now);
        if (!isLockedByAdministrator()) {
            unlock();
        }
    }

    /**
     * Replaces an outdated hash by one of the same password made with the current algorithm, unless
     * the password changed since {@code verifiedHash} was checked.
     */
    void replaceOutdatedHash(String verifiedHash, String newHash) {
        if (passwordHash.equals(verifiedHash)) {
            passwordHash = newHash;
        }
    }

    private void setPassword(String newPassword, String field, PasswordRules rules, PasswordEncoder encoder, Instant now) {
        rules.check(username, newPassword, field);
        passwordHash = encoder.encode(newPassword);
        demoPassword = false;
        passwordChangedAt = now;
    }

    /** The account as the audit trail sees it (no secrets). */
    public AccountSnapshot snapshot() {
        return new AccountSnapshot(username, personId, locale, enabled,
                roles().stream().map(Role::name).toList(), scopeUnitCodes().stream().toList(), lockedUntil);
    }

    /** The principal Spring Security keeps for a signed-in session. */
    MandateUser toUser(Instant now) {
        return new MandateUser(id, username, passwordHash, personId, locale, roles(), scopeUnitCodes(), enabled,
                isLockedAt(now));
    }

    private static String normaliseUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw DomainException.invalid("access.account.usernameInvalid", "username");
        }
        return name;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    public boolean hasDemoPassword() {
        return demoPassword;
    }

    public Long personId() {
        return personId;
    }

    public String locale() {
        return locale;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean emailNotifications() {
        return emailNotifications;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Integer version() {
        return version;
    }

    /** Roles in declaration order. */
    public Set<Role> roles() {
        EnumSet<Role> result = EnumSet.noneOf(Role.class);
        roles.forEach(r -> result.add(r.role()));
        return result;
    }

    /** Scope unit codes, sorted. */
    public Set<String> scopeUnitCodes() {
        return scope.stream().map(ScopeUnit::unitCode).collect(Collectors.toCollection(TreeSet::new));
    }
}
