package org.mandate.access;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the signed-in principal ({@link MandateUser}) of an account: roles, scope, person, language. */
@Component
class AccountDetails implements UserDetailsService {

    private final Accounts accounts;
    private final Clock clock;

    AccountDetails(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(normalise(username)).map(a -> a.toUser(clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    /** Usernames are stored in lower case; people type them in any case. */
    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
