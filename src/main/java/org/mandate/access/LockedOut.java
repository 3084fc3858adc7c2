package org.mandate.access;

import java.io.Serial;

import org.springframework.security.authentication.LockedException;

/**
 * Password sign-in refused: too many wrong passwords for this username from this address (for
 * {@link #minutesLeft()} more minutes, said alike whether the account exists or not), or, to whoever
 * gave the right password, because an administrator locked the account. Kept in the session to show
 * the reason on the sign-in page.
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
