package org.mandate.notification;

import java.util.regex.Pattern;

import org.mandate.access.AccessPolicy;
import org.mandate.access.MandateUser;
import org.mandate.shared.ChangeRecorded;
import org.mandate.notification.store.PreferenceRows;
import org.mandate.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the signed-in account wants reminders by email, and at which address. In-app notices are
 * always kept; email is on by default once an address is known.
 */
@Service
@Transactional(readOnly = true)
public class NotificationPreferences {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_ADDRESS = 254;

    private final PreferenceRows rows;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;

    NotificationPreferences(PreferenceRows rows, AccessPolicy access, ApplicationEventPublisher events) {
        this.rows = rows;
        this.access = access;
        this.events = events;
    }

    /** An account's choice. */
    public record Preference(boolean emailEnabled, String emailAddress) {
    }

    public Preference mine() {
        return rows.of(signedIn().accountId()).orElse(new Preference(true, null));
    }

    /** Saves the choice; an address, when given, must look like one (422 otherwise). */
    @Transactional
    public void choose(boolean emailEnabled, String emailAddress) {
        MandateUser user = signedIn();
        String address = emailAddress == null || emailAddress.isBlank() ? null : emailAddress.strip();
        if (address != null && (address.length() > MAX_ADDRESS || !ADDRESS.matcher(address).matches())) {
            throw DomainException.invalid("notification.preferences.badAddress", "emailAddress", address);
        }
        Preference before = mine();
        rows.replace(user.accountId(), new Preference(emailEnabled, address));
        events.publishEvent(new ChangeRecorded("NOTIFICATION_PREFERENCE_CHANGED", "NotificationPreference",
                user.getUsername(), null, before, new Preference(emailEnabled, address)));
    }

    private MandateUser signedIn() {
        return access.currentUser().orElseThrow(
                () -> new DomainException(DomainException.Kind.FORBIDDEN, "notification.signInRequired", null));
    }
}
