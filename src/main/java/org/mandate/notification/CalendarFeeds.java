package org.mandate.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.mandate.access.AccessPolicy;
import org.mandate.access.AccountContacts;
import org.mandate.access.MandateUser;
import org.mandate.access.UnitHierarchy;
import org.mandate.shared.ChangeRecorded;
import org.mandate.shared.DomainException;
import org.mandate.notification.store.CalendarFeedTokens;
import org.mandate.notification.store.NotifiedAccounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-user secret calendar feeds of deadlines: {@code /calendar/{token}.ics} lists the open tasks led by
 * units in the account's scope as all-day events on their effective due dates, so that a phone or
 * Outlook shows them. The URL needs no sign-in (calendar apps cannot sign in) and is the secret: 256
 * random bits, of which only a SHA-256 hash is stored; regenerating it kills the old URL.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarFeedTokens tokens;
    private final TaskDeadlines deadlines;
    private final NotifiedAccounts accounts;
    private final UnitHierarchy hierarchy;
    private final AccessPolicy access;
    private final MessageSource messages;
    private final NotificationSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CalendarFeeds(CalendarFeedTokens tokens, TaskDeadlines deadlines, NotifiedAccounts accounts, UnitHierarchy hierarchy,
                  AccessPolicy access, MessageSource messages, NotificationSettings settings,
                  ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.deadlines = deadlines;
        this.accounts = accounts;
        this.hierarchy = hierarchy;
        this.access = access;
        this.messages = messages;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Issues a new feed URL path for the signed-in account, replacing any earlier one. The token is
     * returned only now; it cannot be read back later.
     */
    @Transactional
    public String issue() {
        MandateUser user = signedIn();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokens.replace(user.accountId(), hash(token), clock.instant());
        events.publishEvent(new ChangeRecorded("CALENDAR_FEED_ISSUED", "CalendarFeed", user.getUsername(), null, null,
                null));
        return "/calendar/" + token + ".ics";
    }

    /** Turns the signed-in account's feed off. */
    @Transactional
    public void revoke() {
        MandateUser user = signedIn();
        tokens.remove(user.accountId());
        events.publishEvent(new ChangeRecorded("CALENDAR_FEED_REVOKED", "CalendarFeed", user.getUsername(), null, null,
                null));
    }

    /** When the signed-in account's current feed URL was issued, if it has one. */
    public Optional<Instant> issuedAt() {
        return tokens.createdAt(signedIn().accountId());
    }

    /** The feed for the token, in the account's language; 404 for an unknown (or revoked) token. */
    public String feed(String token) {
        long accountId = tokens.accountOf(hash(token))
                .orElseThrow(() -> DomainException.notFound("notification.calendar.unknown"));
        Recipient owner = accounts.account(accountId)
                .orElseThrow(() -> DomainException.notFound("notification.calendar.unknown"));
        AccountContacts.Scope scope = accounts.scopeOf(accountId);
        Map<String, Boolean> visible = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        ICalendar calendar = new ICalendar(messages.getMessage("notification.calendar.name", null, owner.locale()),
                clock.instant());
        deadlines.open(today).stream()
                .filter(task -> scope.admin() || visible.computeIfAbsent(task.leadUnitCode(),
                        unit -> hierarchy.isWithin(unit, scope.unitCodes())))
                .sorted(Comparator.comparing(TaskDeadline::effectiveDue).thenComparing(TaskDeadline::taskCode))
                .forEach(task -> calendar.allDayEvent("task-" + task.taskCode() + "@mandate", task.effectiveDue(),
                        messages.getMessage("notification.calendar.summary",
                                new Object[] {task.taskCode(), task.title()}, owner.locale()),
                        messages.getMessage("notification.calendar.description",
                                new Object[] {task.taskCode(), task.title(), task.leadUnitCode(), settings.baseUrl()},
                                owner.locale())));
        return calendar.end();
    }

    private MandateUser signedIn() {
        return access.currentUser().orElseThrow(
                () -> new DomainException(DomainException.Kind.FORBIDDEN, "notification.signInRequired", null));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
