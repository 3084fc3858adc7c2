package org.mandate.system;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ForwardedHeaderFilter;

/**
 * Honours {@code Forwarded} and {@code X-Forwarded-*} headers (scheme, host, port, client address)
 * only on requests that come straight from a proxy listed in {@code mandate.web.trusted-proxies}
 * (addresses or CIDR ranges; none by default). From anyone else the headers are removed, so a
 * client cannot make the application build links or redirects to another host, or pose as another
 * address to the sign-in throttle. Replaces Spring Boot's {@code server.forward-headers-strategy},
 * which trusts every client ({@code framework}) or a fixed list of private ranges ({@code native}).
 */
@Component
class TrustedProxies implements Filter {

    private final List<IpAddressMatcher> proxies;
    private final ForwardedHeaderFilter honour = new ForwardedHeaderFilter();
    private final ForwardedHeaderFilter remove = new ForwardedHeaderFilter();

    TrustedProxies(@Value("${mandate.web.trusted-proxies:}") List<String> proxies) {
        this.proxies = proxies.stream().map(String::strip).filter(p -> !p.isEmpty()).map(IpAddressMatcher::new).toList();
        this.remove.setRemoveOnly(true);
    }

    /** Whether a request from this address may tell the application its original scheme, host and client. */
    boolean trusted(String remoteAddress) {
        return remoteAddress != null && proxies.stream().anyMatch(proxy -> proxy.matches(remoteAddress));
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        (trusted(request.getRemoteAddr()) ? honour : remove).doFilter(request, response, chain);
    }

    /** First of all filters, on every dispatch, as Spring Boot registers its own forwarded-header filter. */
    @Bean
    static FilterRegistrationBean<TrustedProxies> trustedProxiesRegistration(TrustedProxies filter) {
        FilterRegistrationBean<TrustedProxies> registration = new FilterRegistrationBean<>(filter);
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
