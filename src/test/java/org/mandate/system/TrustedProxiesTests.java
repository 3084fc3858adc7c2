package org.mandate.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.HttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class TrustedProxiesTests {

    private static HttpServletRequest seenByTheApplication(TrustedProxies filter, String from) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/tasks");
        request.setRemoteAddr(from);
        request.addHeader("X-Forwarded-Host", "evil.example");
        request.addHeader("X-Forwarded-Proto", "https");
        request.addHeader("X-Forwarded-For", "198.51.100.9");
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        return (HttpServletRequest) chain.getRequest();
    }

    @Test
    void withNoTrustedProxyNobodysForwardedHeadersAreBelieved() throws Exception {
        HttpServletRequest seen = seenByTheApplication(new TrustedProxies(List.of()), "127.0.0.1");

        assertThat(seen.getServerName()).isEqualTo("localhost");
        assertThat(seen.getScheme()).isEqualTo("http");
        assertThat(seen.getRemoteAddr()).isEqualTo("127.0.0.1");
        assertThat(seen.getHeader("X-Forwarded-Host")).isNull();
    }

    @Test
    void aConfiguredProxyMayTellTheOriginalHostSchemeAndClient() throws Exception {
        HttpServletRequest seen = seenByTheApplication(new TrustedProxies(List.of("10.0.0.0/8", "127.0.0.1")),
                "10.1.2.3");

        assertThat(seen.getServerName()).isEqualTo("evil.example");
        assertThat(seen.getScheme()).isEqualTo("https");
        assertThat(seen.getRemoteAddr()).isEqualTo("198.51.100.9");
    }

    @Test
    void aClientOutsideTheConfiguredProxiesIsNotBelieved() throws Exception {
        HttpServletRequest seen = seenByTheApplication(new TrustedProxies(List.of("10.0.0.0/8")), "192.0.2.1");

        assertThat(seen.getServerName()).isEqualTo("localhost");
        assertThat(seen.getRemoteAddr()).isEqualTo("192.0.2.1");
    }
}
