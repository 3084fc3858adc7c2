package org.mandate.access;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** The code of an org unit at the top of a subtree the account may work in (row of {@code account_scope}). */
@Table("account_scope")
record ScopeUnit(@Column("unit_code") String unitCode) {
}
