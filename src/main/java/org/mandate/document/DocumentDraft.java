package org.mandate.document;

import java.time.LocalDate;

/**
 * What a caller gives to register or correct a document.
 *
 * @param number number and symbol, e.g. {@code 05-NQ/TU}
 * @param issuerCode code of the issuing org unit
 * @param fileId stored file with the document's text, or null
 */
public record DocumentDraft(String number, DocumentType type, String issuerCode, LocalDate issuedOn, String title,
                            Long fileId) {
}
