package org.mandate.access;

import java.util.Locale;

import org.mandate.shared.DomainException;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a new password must satisfy: at least {@code minLength} characters, letters and digits, and
 * not the username. Checked whenever a password is set, by its owner or by an administrator.
 */
public record PasswordRules(@DefaultValue("10") int minLength) {

    /** Longest password accepted; BCrypt ignores bytes beyond 72, so a longer one would give false security. */
    public static final int MAX_LENGTH = 72;

    public PasswordRules {
        if (minLength < 8) {
            throw new IllegalArgumentException("mandate.security.password.min-length must be at least 8");
        }
    }

    /**
     * Refuses a password that breaks a rule, naming the rule in the user's language.
     *
     * @param field the form field that holds the password, for the error message
     */
    public void check(String username, String password, String field) {
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            throw DomainException.invalid("access.password.tooShort", field, minLength);
        }
        if (password.length() > MAX_LENGTH) {
            throw DomainException.invalid("access.password.tooLong", field, MAX_LENGTH);
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw DomainException.invalid("access.password.containsUsername", field);
        }
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean digit = password.codePoints().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            throw DomainException.invalid("access.password.lettersAndDigits", field);
        }
    }
}
