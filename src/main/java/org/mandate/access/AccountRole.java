package org.mandate.access;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A role held by an account (row of {@code account_role}). */
@Table("account_role")
record AccountRole(@Column("role_name") Role role) {
}
