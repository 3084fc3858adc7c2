package org.mandate.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes an iCalendar (RFC 5545) document: CRLF line ends, lines folded at 75 octets without
 * splitting a UTF-8 character, TEXT values escaped. Only what a deadline feed needs: all-day events.
 */
final class ICalendar {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();
    private final String stamp;

    /**
     * @param name the calendar's display name
     * @param stamp when the feed was generated (every event's DTSTAMP)
     */
    ICalendar(String name, Instant stamp) {
        this.stamp = STAMP.format(stamp);
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Mandate//Task deadlines//VI");
        line("CALSCALE:GREGORIAN");
        line("X-WR-CALNAME:" + text(name));
    }

    /** An all-day event on the date (DTEND is the next day, exclusive, as RFC 5545 says for dates). */
    ICalendar allDayEvent(String uid, LocalDate day, String summary, String description) {
        line("BEGIN:VEVENT");
        line("UID:" + text(uid));
        line("DTSTAMP:" + stamp);
        line("DTSTART;VALUE=DATE:" + DATE.format(day));
        line("DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)));
        line("SUMMARY:" + text(summary));
        if (description != null && !description.isBlank()) {
            line("DESCRIPTION:" + text(description));
        }
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
        return this;
    }

    /** The finished document. */
    String end() {
        line("END:VCALENDAR");
        return out.toString();
    }

    /** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /**
     * Folds a content line (RFC 5545 §3.1): no physical line longer than 75 octets; continuation lines
     * start with one space, which counts toward their 75.
     */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }

    private void line(String content) {
        out.append(fold(content)).append("\r\n");
    }
}
