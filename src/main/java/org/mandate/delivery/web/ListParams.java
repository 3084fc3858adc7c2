package org.mandate.delivery.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * The page links to show (0-based indexes; -1 marks a gap): the first and last pages and the
     * pages around the current one, so that a list of 200 pages gets a dozen links, not 200.
     */
    static List<Integer> pageLinks(int current, long pageCount) {
        List<Integer> links = new ArrayList<>();
        int last = (int) Math.max(0, pageCount - 1);
        int from = Math.max(1, current - AROUND);
        int to = Math.min(last - 1, current + AROUND);
        links.add(0);
        if (from > 1) {
            links.add(-1);
        }
        for (int i = from; i <= to; i++) {
            links.add(i);
        }
        if (to < last - 1) {
            links.add(-1);
        }
        if (last > 0) {
            links.add(last);
        }
        return links;
    }

    /** Pages shown on each side of the current one. */
    private static final int AROUND = 3;

    TaskFilter everything(LocalDate today) {
        return filter(today).withPage(0, TaskFilter.MAX_LIMIT);
    }
}
