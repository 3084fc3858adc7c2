package org.mandate.notification;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ICalendarTests {

    private static final String LONG_TITLE = "Hoàn thiện đề án sắp xếp đơn vị hành chính cấp xã, giai đoạn 2025–2030; "
            + "báo cáo Ban Thường vụ \\ Tỉnh ủy";

    private String feed() {
        return new ICalendar("Hạn nhiệm vụ", Instant.parse("2026-11-23T02:00:00Z"))
                .allDayEvent("task-NV.01@mandate", LocalDate.of(2026, 11, 30), "Hạn: NV.01 " + LONG_TITLE,
                        "Dòng một\nDòng hai, có dấu phẩy")
                .end();
    }

    @Test
    void noLineIsLongerThanSeventyFiveOctetsAndEveryLineEndsWithCrLf() {
        String text = feed();

        assertThat(text).endsWith("END:VCALENDAR\r\n").doesNotContain("\n\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(Arrays.stream(text.split("\r\n"))).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    }

    @Test
    void foldingNeverSplitsAVietnameseCharacter() {
        String line = "SUMMARY:" + "ệ".repeat(60);

        String folded = ICalendar.fold(line);

        assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
        assertThat(Arrays.stream(folded.split("\r\n"))).allSatisfy(part ->
                assertThat(new String(part.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(part));
    }

    @Test
    void textIsEscapedAsRfc5545Says() {
        assertThat(ICalendar.text("a;b,c\\d\ne")).isEqualTo("a\\;b\\,c\\\\d\\ne");
    }

    @Test
    void aRealICalendarLibraryReadsTheFeedBackExactly() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed()));

        assertThat(calendar.getProperty(Property.VERSION).map(Property::getValue)).contains("2.0");
        assertThat(calendar.getProperty(Property.PRODID)).isPresent();
        VEvent event = (VEvent) calendar.getComponents(Component.VEVENT).getFirst();
        assertThat(event.getProperty(Property.SUMMARY).map(Property::getValue)).contains("Hạn: NV.01 " + LONG_TITLE);
        assertThat(event.getProperty(Property.DESCRIPTION).map(Property::getValue))
                .contains("Dòng một\nDòng hai, có dấu phẩy");
        assertThat(event.getProperty(Property.DTSTART).map(Property::getValue)).contains("20261130");
        assertThat(event.getProperty(Property.UID).map(Property::getValue)).contains("task-NV.01@mandate");
        assertThat(event.getProperty(Property.DTSTAMP)).isPresent();
        assertThat(calendar.validate().getEntries()).as("validation").filteredOn(e -> e.getSeverity() == net.fortuna.ical4j.validate.ValidationEntry.Severity.ERROR).isEmpty();
    }
}
