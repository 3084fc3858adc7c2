package org.mandate.access.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Shows instants as the province reads them: dd/MM/yyyy HH:mm in the clock's zone. */
final class Dates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Dates() {
    }

    static String show(Instant instant, Clock clock) {
        return instant == null ? "" : FORMAT.format(instant.atZone(clock.getZone()));
    }
}
