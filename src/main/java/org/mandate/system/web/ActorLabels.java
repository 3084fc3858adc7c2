package org.mandate.system.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who did something, as a reader sees it: an account's username as it is, and the application's own
 * account ({@code system}, which loads the demo province and runs scheduled jobs) in the reader's
 * language. Templates call this as {@code @actors.label(name)}.
 */
@Component("actors")
public class ActorLabels {

    static final String SYSTEM = "system";

    private final MessageSource messages;

    ActorLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** The label of an actor's username; empty for none. */
    public String label(String username) {
        if (username == null) {
            return "";
        }
        return SYSTEM.equals(username)
                ? messages.getMessage("actor.system", null, LocaleContextHolder.getLocale())
                : username;
    }
}
