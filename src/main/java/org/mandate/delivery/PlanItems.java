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

    /** Codes of items with a completion report or an extension request waiting for the assigner. */
    @Query("SELECT t.code FROM plan_item t WHERE EXISTS (SELECT 1 FROM task_completion c "
            + "WHERE c.plan_item_id = t.id AND c.decision = 'SUBMITTED') OR EXISTS (SELECT 1 FROM task_extension e "
            + "WHERE e.plan_item_id = t.id AND e.decision = 'REQUESTED') ORDER BY t.code")
    List<String> codesAwaitingDecision();
}
