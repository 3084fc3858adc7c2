/**
 * Accounts, roles, org-unit scopes, API tokens and login throttling; and the one
 * {@link org.mandate.access.AccessPolicy} that every page and API endpoint asks before reading or
 * writing. Depends only on {@code shared}; org-unit containment is answered through the
 * {@link org.mandate.access.UnitHierarchy} port that the organization module implements.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.mandate.access;
