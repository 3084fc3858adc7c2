package org.mandate.system.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * An upload endpoint sent something that is not an upload (a plain form post, or a form without
 * its file) answers 400 with the reason in the caller's language, not the "unexpected failure" 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MalformedUploadTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void aPlainFormPostToAnUploadPageIsABadRequest() {
        assertThat(mvc.post().uri("/indicators/import").with(user("vanphong").roles("SECRETARIAT")).with(csrf()))
                .hasStatus(400).bodyText().contains("Yêu cầu không kèm tệp");
    }

    @Test
    void anUploadWithoutItsFileNamesTheMissingPart() {
        assertThat(mvc.post().uri("/api/v1/indicators/import").multipart()
                .file(new MockMultipartFile("other", "x.csv", "text/csv", new byte[] {1}))
                .with(user("admin").roles("ADMIN")))
                .hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("file");
    }
}
