package org.mandate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class ApplicationStartsTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void healthIsPublic() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk();
    }

    @Test
    void prometheusMetricsNeedAnAdministratorOverBasicAuthentication() {
        assertThat(mvc.get().uri("/actuator/prometheus")).hasStatus(401);
        assertThat(mvc.get().uri("/actuator/prometheus").header("Authorization", basic("vinhyen"))).hasStatus(403);
        assertThat(mvc.get().uri("/actuator/prometheus").header("Authorization", basic("admin")))
                .hasStatusOk().bodyText().contains("jvm_memory_used_bytes");
    }

    private static String basic(String username) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((username + ":demo").getBytes());
    }

    @Test
    void pagesRedirectAnonymousVisitorsToSignIn() {
        assertThat(mvc.get().uri("/")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
    }

    @Test
    void aClientCannotRedirectSignInToAnotherHostWithForwardedHeaders() {
        assertThat(mvc.get().uri("/tasks").header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https"))
                .hasStatus3xxRedirection().headers().hasHeaderSatisfying("Location",
                        location -> assertThat(location).singleElement().asString()
                                .doesNotContain("evil.example").doesNotStartWith("https:").endsWith("/login"));
    }

    @Test
    void healthSaysTheDemoProvinceIsLoaded() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyJson()
                .extractingPath("$.components.demo.status").isEqualTo("UP");
    }

    @Test
    void apiAnswersUnauthorisedInsteadOfRedirecting() {
        assertThat(mvc.get().uri("/api/v1/me")).hasStatus(401);
    }

    @Test
    void signInPageIsVietnameseByDefaultAndEnglishOnRequest() {
        assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText().contains("Đăng nhập");
        assertThat(mvc.get().uri("/login?lang=en")).hasStatusOk().bodyText().contains("Sign in");
    }
}
