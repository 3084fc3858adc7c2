package org.mandate.access;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** All accounts. */
interface Accounts extends ListCrudRepository<Account, Long> {

    Optional<Account> findByUsername(String username);
}
