/**
 * Indicators and targets: the catalogue, targets per org unit, data values with their approval,
 * the one verdict rule, and forecasts that single out hard-to-achieve targets. Reads the org tree
 * (with its reorganisation history) from organization, the status of linked tasks from delivery
 * (read only), and asks access before every read and write.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "access", "organization", "delivery"})
package org.mandate.indicator;
