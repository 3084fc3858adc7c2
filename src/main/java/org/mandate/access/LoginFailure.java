package org.mandate.access;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Back to the sign-in page after a failed attempt. Besides the exception Spring Security keeps in
 * the session, notes the minutes left of a lockout ({@code loginLockedMinutes}), so the page can say
 * why in the user's language without evaluating types in the template.
 */
class LoginFailure extends SimpleUrlAuthenticationFailureHandler {

    static final String LOCKED_MINUTES = "loginLockedMinutes";
    static final String LOCKED_BY_ADMINISTRATOR = "loginLockedByAdministrator";

    LoginFailure() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        var session = request.getSession();
        session.removeAttribute(LOCKED_MINUTES);
        session.removeAttribute(LOCKED_BY_ADMINISTRATOR);
        if (exception instanceof LockedOut locked) {
            session.setAttribute(locked.byAdministrator() ? LOCKED_BY_ADMINISTRATOR : LOCKED_MINUTES,
                    locked.byAdministrator() ? Boolean.TRUE : locked.minutesLeft());
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
