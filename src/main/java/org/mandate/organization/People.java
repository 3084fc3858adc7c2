package org.mandate.organization;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Stored people with their positions. */
interface People extends ListCrudRepository<Person, Long> {

    Optional<Person> findByCode(String code);
}
