/**
 * The registry of legal and administrative documents (resolutions, conclusions, decisions, plans…)
 * that tasks and targets cite, searchable by number or words. Other modules refer to a document by
 * its number and symbol.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "access", "organization"})
package org.mandate.document;
