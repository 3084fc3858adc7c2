package org.mandate.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after sign-in, and the sign-in page. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
