package org.mandate.delivery;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Stored products. */
interface Products extends ListCrudRepository<Product, Long> {

    List<Product> findByPlanItemIdOrderById(Long planItemId);

    boolean existsByPlanItemId(Long planItemId);
}
