package org.mandate.access.store;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Accounts by username and the person each is linked to (the SQL of AccountDirectory). */
@Component
public class AccountLinks {

    private final JdbcClient jdbc;

    AccountLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person id linked to the account with that username, if both exist. */
    public Optional<Long> personIdOf(String username) {
        return jdbc.sql("SELECT person_id FROM account WHERE username = :username AND person_id IS NOT NULL")
                .param("username", username).query(Long.class).optional();
    }

    /** The usernames of the accounts linked to the person, oldest first. */
    public List<String> usernamesOf(long personId) {
        return jdbc.sql("SELECT username FROM account WHERE person_id = :person ORDER BY id")
                .param("person", personId).query(String.class).list();
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE username = :username")
                .param("username", username).query(Long.class).single() > 0;
    }
}
