package org.mandate.organization;

/**
 * "This unit and everything under it" as a range of materialised paths: every path that starts
 * with {@code /1/7/} lies in [{@code /1/7/}, {@code /1/70}), because '0' is the character after
 * '/'. Unlike {@code LIKE :prefix}, a range can use the path index in any query plan (paths compare
 * bytewise: C collation on PostgreSQL, character codes on H2).
 */
public record SubtreeRange(String from, String to) {

    /** The SQL condition on a path column, with parameters {@code :pathFrom} and {@code :pathTo}. */
    public static String condition(String column) {
        return column + " >= :pathFrom AND " + column + " < :pathTo";
    }

    public static SubtreeRange of(String rootPath) {
        if (!rootPath.endsWith("/")) {
            throw new IllegalArgumentException("a materialised path ends with '/': " + rootPath);
        }
        return new SubtreeRange(rootPath, rootPath.substring(0, rootPath.length() - 1) + "0");
    }
}
