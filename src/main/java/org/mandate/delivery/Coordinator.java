package org.mandate.delivery;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A coordinating unit (đơn vị phối hợp) of a plan item, by org unit code. */
@Table("plan_item_coordinator")
record Coordinator(@Column("unit_code") String unitCode) {
}
