package org.mandate.access;

import java.util.Locale;

/**
 * An enabled account as other modules may address it: its id, username and language. Nothing
 * about passwords, tokens or lockout.
 */
public record AccountContact(long accountId, String username, Locale locale) {
}
