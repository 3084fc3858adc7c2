package org.mandate.notification;

import java.util.Locale;

/**
 * An account that receives notices.
 *
 * @param emailTo where its emails go, or null when it chose no email or has no address
 */
public record Recipient(long accountId, String username, Locale locale, String emailTo) {
}
