package org.mandate.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every endpoint the application maps is either on the explicit public list or refuses an anonymous
 * caller: 401 for the API, a redirect to the sign-in page for pages. A new controller that forgets
 * this fails here, named.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EndpointSecurityTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    MockMvc mvc;

    @Test
    void everyEndpointIsPublicOrProtected() throws Exception {
        List<PathPattern> publicPaths = SecurityConfiguration.PUBLIC_PATHS.stream()
                .map(PathPatternParser.defaultInstance::parse).toList();
        Set<String> checked = new TreeSet<>();
        List<String> unprotected = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                String path = example(pattern);
                if (publicPaths.stream().anyMatch(p -> p.matches(PathContainer.parsePath(path)))) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    checked.add(method + " " + pattern);
                    MockHttpServletResponse response = mvc.perform(
                            request(HttpMethod.valueOf(method.name()), path).with(csrf())).andReturn().getResponse();
                    if (!refusesAnonymous(path, response)) {
                        unprotected.add(method + " " + pattern + " -> " + response.getStatus()
                                + " " + response.getRedirectedUrl());
                    }
                }
            }
        }
        assertThat(checked).as("endpoints found").contains("GET /api/v1/me", "POST /api/v1/me/tokens",
                "GET /admin/accounts", "POST /me/password", "GET /me");
        assertThat(unprotected).as("endpoints neither public nor protected").isEmpty();
    }

    @Test
    void theCheckRecognisesAnUnprotectedAnswer() {
        MockHttpServletResponse ok = new MockHttpServletResponse();
        ok.setStatus(200);
        assertThat(refusesAnonymous("/api/v1/me", ok)).isFalse();
        assertThat(refusesAnonymous("/me", ok)).isFalse();
    }

    private static boolean refusesAnonymous(String path, MockHttpServletResponse response) {
        if (path.startsWith("/api/")) {
            return response.getStatus() == 401;
        }
        String redirect = response.getRedirectedUrl();
        return response.getStatus() / 100 == 3 && redirect != null && redirect.endsWith("/login");
    }

    /** A concrete path for a pattern: variables and wildcards become plausible segments. */
    private static String example(String pattern) {
        return pattern.replaceAll("\\{\\*[^}]+}", "x").replaceAll("\\{[^}]+}", "1")
                .replace("**", "x").replace("*", "x");
    }
}
