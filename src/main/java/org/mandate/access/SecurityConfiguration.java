package org.mandate.access;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.ObjectMapper;

/**
 * Two filter chains: the API ({@code /api/**}) authenticates every request by HTTP Basic or a
 * personal access token, keeps no session and needs no CSRF token, and answers 401 problem details
 * rather than redirecting; the pages use form login, database-backed sessions and CSRF protection.
 * Both check passwords through {@link PasswordAuthentication}, so failures from either count toward
 * the lockout. Everything not on {@link #PUBLIC_PATHS} needs a signed-in account; finer decisions are
 * the {@link AccessPolicy}'s.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    /** Paths anyone may reach. An authorisation test fails if a mapped endpoint is neither here nor protected. */
    static final List<String> PUBLIC_PATHS = List.of(
            "/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
            "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
            "/swagger-ui", "/swagger-ui/**", "/swagger-ui.html", "/calendar/*.ics");

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The one authentication manager: password checks with the lockout rule, for form and Basic alike. */
    @Bean
    AuthenticationManager authenticationManager(PasswordAuthentication passwords, AuthenticationEventPublisher publisher) {
        ProviderManager manager = new ProviderManager(passwords);
        manager.setAuthenticationEventPublisher(publisher);
        return manager;
    }

    @Bean
    ApiProblems apiProblems(MessageSource messages, LocaleResolver localeResolver, ObjectMapper json) {
        return new ApiProblems(messages, localeResolver, json);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager manager, ApiProblems problems,
                            ApiTokens tokens, Accounts accounts, Clock clock) throws Exception {
        http.securityMatcher("/api/**").authorizeHttpRequests(auth -> auth.anyRequest().authenticated());
        return stateless(http, manager, problems, new ApiTokenAuthentication(tokens, accounts, clock, problems));
    }

    /**
     * Operations endpoints: health is public (load balancers), everything else (Prometheus metrics)
     * needs an account holding METRICS_READ, by HTTP Basic or token, without a session.
     */
    @Bean
    @Order(2)
    SecurityFilterChain operations(HttpSecurity http, AuthenticationManager manager, ApiProblems problems,
                                   ApiTokens tokens, Accounts accounts, Clock clock) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasAuthority(Permission.METRICS_READ.authority()));
        return stateless(http, manager, problems, new ApiTokenAuthentication(tokens, accounts, clock, problems));
    }

    /** Machine clients: Basic or token on every request, no session, no CSRF, 401/403 as problem details. */
    private static SecurityFilterChain stateless(HttpSecurity http, AuthenticationManager manager, ApiProblems problems,
                                                 ApiTokenAuthentication tokenAuthentication) throws Exception {
        http.authenticationManager(manager)
                .addFilterBefore(tokenAuthentication, BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager manager) throws Exception {
        http.authenticationManager(manager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PATHS.toArray(String[]::new)).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(new LoginFailure()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
