/**
 * The registry of legal and administrative documents, and stored files (attachments) for every
 * module: bytes on disk, metadata and scope checks in {@link org.mandate.document.Attachments}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "access", "organization"})
package org.mandate.document;
