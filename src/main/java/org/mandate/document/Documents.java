package org.mandate.document;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Stored documents. */
interface Documents extends ListCrudRepository<Document, Long> {

    Optional<Document> findByNumber(String number);

    boolean existsByNumber(String number);
}
