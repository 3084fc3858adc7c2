package org.mandate.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings under {@code mandate.security}: the lockout rule and the password rules. */
@ConfigurationProperties("mandate.security")
public record SecuritySettings(@DefaultValue LockoutPolicy lockout, @DefaultValue PasswordRules password) {
}
