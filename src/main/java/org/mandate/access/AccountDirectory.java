package org.mandate.access;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Looks up the person behind an account, for modules that let files and forms name people by
 * username (e.g. the responsible official of a task). Reveals nothing else about accounts.
 */
@Component
public class AccountDirectory {

    private final JdbcClient jdbc;

    AccountDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person id linked to the account with that username; empty when there is no such account or no link. */
    public Optional<Long> personIdOf(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT person_id FROM account WHERE username = :username AND person_id IS NOT NULL")
                .param("username", username.strip()).query(Long.class).optional();
    }

    /** The username of the (first) account linked to the person, if any. */
    public Optional<String> usernameOf(Long personId) {
        if (personId == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT username FROM account WHERE person_id = :person ORDER BY id")
                .param("person", personId).query(String.class).list().stream().findFirst();
    }

    /** Whether an account with that username exists (linked to a person or not). */
    public boolean exists(String username) {
        return username != null && jdbc.sql("SELECT COUNT(*) FROM account WHERE username = :username")
                .param("username", username.strip()).query(Long.class).single() > 0;
    }
}
