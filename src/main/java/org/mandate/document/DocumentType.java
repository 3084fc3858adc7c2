package org.mandate.document;

/** What kind of document it is (loại văn bản). */
public enum DocumentType {
    /** Nghị quyết. */
    RESOLUTION,
    /** Kết luận. */
    CONCLUSION,
    /** Chỉ thị. */
    DIRECTIVE,
    /** Quyết định. */
    DECISION,
    /** Kế hoạch. */
    PLAN,
    /** Chương trình. */
    PROGRAMME,
    /** Đề án. */
    SCHEME,
    /** Quy định, quy chế. */
    REGULATION,
    /** Báo cáo. */
    REPORT,
    /** Anything else. */
    OTHER
}
