package org.mandate.delivery;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Stored progress reports. */
interface ProgressReports extends ListCrudRepository<ProgressReport, Long> {

    Optional<ProgressReport> findByPlanItemIdAndPeriodAndUnitCode(Long planItemId, String period, String unitCode);

    List<ProgressReport> findByPlanItemIdOrderByPeriodDescUnitCode(Long planItemId);

    boolean existsByPlanItemId(Long planItemId);
}
