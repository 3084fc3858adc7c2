package org.mandate.system.web;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A path nobody mapped is a 404 in the user's language (a page, or problem details under the API),
 * never the "unexpected failure" 500, and browsers' own requests for a favicon find one. None of it
 * is logged at ERROR: such requests are everyday traffic, not failures.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class UnknownPathTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anUnknownPageIsANotFoundPageInVietnamese(CapturedOutput output) throws Exception {
        mvc.perform(get("/no-such-page").with(user("admin")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy trang hoặc dữ liệu yêu cầu.")));
        assertThat(output.getAll()).doesNotContain("ERROR");
    }

    @Test
    void anUnknownPageIsANotFoundPageInEnglishForAnEnglishReader() throws Exception {
        mvc.perform(get("/no-such-page").with(user("admin")).cookie(new Cookie("mandate-lang", "en")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("The page or data was not found.")));
    }

    @Test
    void anUnknownApiPathIsAProblemDetailsNotFound(CapturedOutput output) throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").with(user("admin")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("Không tìm thấy trang hoặc dữ liệu yêu cầu."));
        assertThat(output.getAll()).doesNotContain("ERROR");
    }

    @Test
    void aMissingStaticFileIsANotFoundLoggedBelowError(CapturedOutput output) throws Exception {
        mvc.perform(get("/css/no-such.css")).andExpect(status().isNotFound());
        mvc.perform(get("/img/no-such.png")).andExpect(status().isNotFound());
        assertThat(output.getAll()).doesNotContain("ERROR");
    }

    @Test
    void theFaviconIsServedToAnyoneAndLinkedFromEveryPage() throws Exception {
        mvc.perform(get("/favicon.ico")).andExpect(status().isOk());
        mvc.perform(get("/img/favicon.svg")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/img/favicon.svg\">")));
    }
}
