package org.mandate.access;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

/** All accounts. */
interface Accounts extends ListCrudRepository<Account, Long> {

    /**
     * In a transaction of its own, like the inherited finders: loading an account also loads its
     * roles and scope, and outside a transaction each of those queries would take a second pool
     * connection while the first is still open; under load every caller then holds one connection
     * and waits for another, and the pool starves.
     */
    @Transactional(readOnly = true)
    Optional<Account> findByUsername(String username);
}
