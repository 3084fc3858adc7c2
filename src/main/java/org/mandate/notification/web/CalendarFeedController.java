package org.mandate.notification.web;

import java.nio.charset.StandardCharsets;

import org.mandate.notification.CalendarFeeds;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /calendar/{token}.ics}: the public but secret calendar feed (calendar apps cannot sign in;
 * the unguessable token is the credential). Listed among the access module's public paths.
 */
@Controller
class CalendarFeedController {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore())
                .header("X-Robots-Tag", "noindex").body(feeds.feed(token));
    }
}
