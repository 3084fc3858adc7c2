package org.mandate.organization;

import org.springframework.data.repository.ListCrudRepository;

/** The stored reorganisation events. */
interface Reorganisations extends ListCrudRepository<Reorganisation, Long> {
}
