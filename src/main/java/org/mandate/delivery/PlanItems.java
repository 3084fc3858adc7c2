package org.mandate.delivery;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Stored plan items (with their coordinators, extensions and completions). */
interface PlanItems extends ListCrudRepository<PlanItem, Long> {

    Optional<PlanItem> findByCode(String code);

    boolean existsByCode(String code);

    boolean existsByParentId(Long parentId);

    List<PlanItem> findByParentId(Long parentId);

    List<PlanItem> findAllByCodeIn(java.util.Collection<String> codes);
}
