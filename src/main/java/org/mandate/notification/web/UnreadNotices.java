package org.mandate.notification.web;

import jakarta.servlet.http.HttpServletRequest;

import org.mandate.notification.Inbox;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in account's unread notice count in every page's model, for the layout's link. */
@ControllerAdvice
class UnreadNotices {

    private final Inbox inbox;

    UnreadNotices(Inbox inbox) {
        this.inbox = inbox;
    }

    @ModelAttribute("unreadNotices")
    long unreadNotices(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/") ? 0 : inbox.unreadCount();
    }
}
