package org.mandate.access;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <personal access token>}. A
 * token that is unknown, expired or revoked, or whose account is disabled or locked, gets 401 at
 * once; requests without a bearer token pass on to HTTP Basic.
 */
class ApiTokenAuthentication extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    /** "Last used" is kept to the minute: a script's burst of calls writes the row once, not per call. */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokens tokens;
    private final Accounts accounts;
    private final Clock clock;
    private final AuthenticationEntryPoint entryPoint;

    ApiTokenAuthentication(ApiTokens tokens, Accounts accounts, Clock clock, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<MandateUser> user = resolve(header.substring(BEARER.length()).strip());
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("Invalid token"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Optional<MandateUser> resolve(String presented) {
        if (!TokenValue.looksLikeToken(presented)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(new TokenValue(presented).hash())
                .filter(token -> token.isValidAt(now))
                .flatMap(token -> accounts.findById(token.accountId())
                        .filter(account -> account.enabled() && !account.isLockedAt(now))
                        .map(account -> {
                            if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(USE_RESOLUTION))) {
                                tokens.markUsed(token.id(), now);
                            }
                            MandateUser user = account.toUser(now);
                            user.eraseCredentials();
                            return user;
                        }));
    }
}
