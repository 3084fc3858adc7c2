package org.mandate.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the application where it is and, with demo data, how to sign in. */
@Component
class StartupNotice {

    private static final Logger log = LoggerFactory.getLogger(StartupNotice.class);

    private final boolean demo;

    StartupNotice(@Value("${mandate.demo.enabled:true}") boolean demo) {
        this.demo = demo;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        String url = "http://localhost:" + web.getWebServer().getPort() + "/";
        if (demo) {
            log.info("""

                    Mandate is ready at {}
                    Demo logins (password "demo"): admin (ADMIN), thuongtruc (LEADER, VP), vanphong (SECRETARIAT, VP),
                      sotc (FOCAL_POINT, VP.STC), vinhyen (FOCAL_POINT, VP.VY), canbo (OFFICIAL, VP.SKHDT), kiemtra (INSPECTOR, VP)
                    On a first start the demo province may still be loading: "Demo province ready" follows in the log.
                    """, url);
        } else {
            log.info("Mandate is ready at {}", url);
        }
    }
}
