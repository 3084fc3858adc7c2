package org.mandate.organization;

/**
 * Any change to the org tree: a unit created or changed ({@link OrgUnitChanged}) or a
 * reorganisation applied ({@link OrgUnitsReorganised}). Modules that keep results computed over the
 * tree listen for this one type instead of telling changes apart by name.
 */
public sealed interface OrgTreeChanged permits OrgUnitChanged, OrgUnitsReorganised {
}
