package org.mandate.access;

import java.io.Serial;

import org.springframework.security.authentication.LockedException;

/**
 * Sign-in refused because the account is locked: by the lockout rule for {@link #minutesLeft()}
 * more minutes, or by an administrator. Kept in the session to show the reason on the sign-in page.
 */
public class LockedOut extends LockedException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long minutesLeft;
    private final boolean byAdministrator;

    LockedOut(long minutesLeft, boolean byAdministrator) {
        super("Account locked");
        this.minutesLeft = minutesLeft;
        this.byAdministrator = byAdministrator;
    }

    public long minutesLeft() {
        return minutesLeft;
    }

    public boolean byAdministrator() {
        return byAdministrator;
    }
}
