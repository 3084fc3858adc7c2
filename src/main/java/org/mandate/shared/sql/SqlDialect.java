package org.mandate.shared.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * What differs between the two databases Mandate runs on, PostgreSQL (production) and H2 in
 * PostgreSQL mode (embedded), in one place. One instance is chosen at start-up from the DataSource
 * ({@link SqlDialects}); no other class asks which database it runs on. The SQL of the PostgreSQL
 * side is the tuned SQL of the bulk paths (BENCHMARKS.md), unchanged; the H2 side is the portable
 * equivalent.
 *
 * <p>It covers: bulk load ({@code COPY … FROM STDIN} or batched inserts), statements taking a
 * whole column as one array parameter ({@code = ANY(:ids)}, {@code unnest}) or an {@code IN} list,
 * the statement that inserts unless the key exists ({@code INSERT … ON CONFLICT} or {@code MERGE}),
 * row locks H2 does not know ({@code FOR SHARE}, {@code FOR KEY SHARE}), and the maintenance and
 * planner settings only PostgreSQL has ({@code TRUNCATE}, {@code ANALYZE}, {@code VACUUM},
 * {@code SET LOCAL}).
 */
public sealed interface SqlDialect permits PostgresDialect, H2Dialect {

    /** The database's name, for logs. */
    String name();

    // --- bulk load -----------------------------------------------------------------------------

    /**
     * Whether bulk loads stream through {@code COPY … FROM STDIN} (PostgreSQL). The paths tuned for
     * it are open only then: ids drawn ahead from a sequence, rows copied straight into their table
     * and changes appended to be folded later; elsewhere rows go as JDBC batches.
     */
    boolean copies();

    /** Writes the rows with {@code copySql} ({@code COPY table (columns) FROM STDIN}) on the current transaction's connection and clears them; only where {@link #copies()}. */
    long copy(String copySql, CopyText rows);

    /** The same with rows already in COPY's text format (a hot path that writes them itself); only where {@link #copies()}. */
    long copy(String copySql, CharSequence rows);

    /** The same on a given connection (a loader thread of its own); only where {@link #copies()}. */
    long copy(Connection connection, String copySql, String rows) throws SQLException;

    /** A {@code COPY} kept open on the current transaction's connection and fed as rows are added; only where {@link #copies()}. */
    CopyText.Stream copyStream(String copySql);

    /**
     * New rows of a table, in the current transaction: one {@code COPY} where {@link #copies()},
     * else one JDBC batch of inserts. Values as {@link CopyText#add} takes them.
     */
    void insertAll(String table, List<String> columns, List<Object[]> rows);

    // --- lists ---------------------------------------------------------------------------------

    /**
     * Whether a statement may take a whole column of values as one array parameter
     * ({@code = ANY(:ids)}, {@code unnest(CAST(:codes AS TEXT[]))}): an import touches 100,000 rows,
     * and thousands of parameters per statement cost more to send and plan than the work itself.
     */
    boolean arrays();

    /** The condition "column is one of the values bound as {@code :parameter}" ({@link #list}). */
    String anyOf(String column, String parameter);

    /** The values as {@link #anyOf} binds them: an array where {@link #arrays()}, else a list. */
    <T> Object list(Collection<T> values, Class<T> type);

    // --- upsert --------------------------------------------------------------------------------

    /**
     * Of two statements that insert a row unless its key exists, the one this database takes: the
     * first written {@code INSERT … ON CONFLICT … DO NOTHING} (PostgreSQL: always probes the unique
     * index, and waits for a concurrent insert of the same key), the second {@code MERGE INTO}.
     */
    String insertUnlessExists(String onConflict, String merge);

    // --- row locks -----------------------------------------------------------------------------

    /** Appended to a SELECT: a shared lock on the rows read until the commit where the database has one ({@code FOR SHARE}), else nothing (H2 serves one node). */
    String forShare();

    /** Appended to a SELECT: a lock that only keeps the rows from being deleted or their key changed ({@code FOR KEY SHARE}); H2 knows only {@code FOR UPDATE}. */
    String forKeyShare();

    // --- maintenance and planner settings ------------------------------------------------------

    /** Empties the tables in the current transaction ({@code TRUNCATE}, else {@code DELETE}). */
    void truncate(String... tables);

    /** Fresh planner statistics for the tables, in the current transaction (PostgreSQL; nothing elsewhere). */
    void analyze(String... tables);

    /** {@code VACUUM (ANALYZE)} of the tables on a connection of its own, outside any transaction (PostgreSQL; nothing elsewhere). */
    void vacuum(String... tables);

    /** Until the commit, no parallel workers for the transaction's statements (starting them costs more than these short statements take). */
    void withoutParallelWorkers();

    /** Until the commit, no JIT compilation of the transaction's statements (it cost more than short statements whose estimated cost is high). */
    void withoutJit();

    /** Until the commit, the named setting (PostgreSQL's {@code SET LOCAL}; nothing elsewhere). */
    void setLocal(String setting, String value);

    /** Creates (if absent) a temporary table dropped or emptied at the commit, on the connection. */
    void createTemporaryTable(Connection connection, String table, String columns) throws SQLException;
}
