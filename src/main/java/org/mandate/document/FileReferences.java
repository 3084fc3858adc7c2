package org.mandate.document;

import java.util.List;

/**
 * Port through which modules that link to stored files (progress reports, products, documents) say
 * whether a file is still in use. A file is deleted only when no implementation names a holder, so a
 * deletion never leaves a dangling link.
 */
public interface FileReferences {

    /**
     * What still refers to the file, in words a user recognises (e.g. {@code "task 1.2.3, report 10/2026"});
     * empty when nothing does.
     */
    List<String> holdersOf(StoredFileId id);
}
