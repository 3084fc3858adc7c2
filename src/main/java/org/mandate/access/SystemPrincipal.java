package org.mandate.access;

import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the application does on its own behalf (loading the demo province at start-up) runs as the
 * {@code system} principal with a real role, so that services check permissions exactly as they do
 * for a signed-in account instead of being handed a "may write anything" switch. The principal has
 * no account row and cannot sign in.
 */
public final class SystemPrincipal {

    /** The name recorded as the actor of what the system principal does. */
    public static final String USERNAME = "system";

    private SystemPrincipal() {
    }

    /** Runs the work on this thread as the system principal holding the role, then restores the caller. */
    public static <T> T callAs(Role role, Supplier<T> work) {
        MandateUser system = new MandateUser(0L, USERNAME, "", null, "vi", Set.of(role), Set.of(), true, false);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null,
                system.getAuthorities()));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAs(Role role, Runnable work) {
        callAs(role, () -> {
            work.run();
            return null;
        });
    }
}
