package org.mandate.delivery.web;

import java.time.LocalDate;

import org.mandate.delivery.TaskFilter;
import org.mandate.delivery.TaskStatus;
import org.springframework.format.annotation.DateTimeFormat;

import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;

/** The task list's filters as the page's query string carries them (the export takes the same). */
record ListParams(@DateTimeFormat(iso = DATE) LocalDate asOf, TaskStatus status, String leadUnit,
                  String coordinatingUnit, String document, @DateTimeFormat(iso = DATE) LocalDate dueFrom,
                  @DateTimeFormat(iso = DATE) LocalDate dueTo, String q, Boolean dueSoon, Integer page) {

    static final int PAGE_SIZE = 50;

    int pageIndex() {
        return page == null || page < 0 ? 0 : page;
    }

    TaskFilter filter(LocalDate today) {
        return new TaskFilter(asOf == null ? today : asOf, status, leadUnit, coordinatingUnit, document, dueFrom,
                dueTo, q, dueSoon, pageIndex() * PAGE_SIZE, PAGE_SIZE);
    }

    TaskFilter everything(LocalDate today) {
        return filter(today).withPage(0, TaskFilter.MAX_LIMIT);
    }
}
