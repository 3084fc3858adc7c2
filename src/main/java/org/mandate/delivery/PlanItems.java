package org.mandate.delivery;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Stored plan items (with their coordinators, extensions and completions). */
interface PlanItems extends ListCrudRepository<PlanItem, Long> {

    Optional<PlanItem> findByCode(String code);

    boolean existsByCode(String code);

    boolean existsByParentId(Long parentId);

    List<PlanItem> findByParentId(Long parentId);

    List<PlanItem> findAllByCodeIn(java.util.Collection<String> codes);

    /** Which of these codes are stored, without reading their aggregates (an import of new items finds none). */
    @Query("SELECT code FROM plan_item WHERE code IN (:codes)")
    List<String> storedCodes(java.util.Collection<String> codes);
}
