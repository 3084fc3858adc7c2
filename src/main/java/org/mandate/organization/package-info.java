/**
 * Org units as an effective-dated tree (materialised path), reorganisations (merge, split,
 * dissolve, transfer) with old-to-new mappings, people and their positions. Other modules ask it
 * for "this unit and below" as of a date and for "every unit that is or was part of X".
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "access"})
package org.mandate.organization;
