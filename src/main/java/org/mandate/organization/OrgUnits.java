package org.mandate.organization;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Stored org units. Reads for lists and trees go through {@link org.mandate.organization.store.OrgQueries}. */
interface OrgUnits extends ListCrudRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);
}
