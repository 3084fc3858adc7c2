package org.mandate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table belongs to the module its creating migration names ({@code V0020__access_create_account.sql}
 * makes {@code account} an access table), and no module's SQL names another module's table: a module
 * reads others through their published Java interfaces or events.
 */
class TableOwnershipTests {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db");
    private static final Path SOURCES = Path.of("src/main/java/org/mandate");
    private static final Pattern MIGRATION = Pattern.compile("V\\d+__([a-z]+)_.*\\.sql");
    private static final Pattern CREATE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_]+)\\s*\\(");
    private static final Pattern USE = Pattern.compile("(?i)\\b(?:from|join|into|update|merge\\s+into|table)\\s+([a-z_]+)\\b");

    @Test
    void noModuleNamesAnotherModulesTableInItsSql() throws IOException {
        Map<String, String> owners = owners();
        assertThat(owners).containsEntry("account", "access").containsEntry("org_unit", "organization");
        List<String> trespasses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = SOURCES.relativize(file).getName(0).toString();
                Matcher m = USE.matcher(Files.readString(file));
                while (m.find()) {
                    String owner = owners.get(m.group(1).toLowerCase());
                    if (owner != null && !owner.equals(module) && !"shared".equals(owner)) {
                        trespasses.add(SOURCES.relativize(file) + " uses " + m.group(1) + " of " + owner);
                    }
                }
            }
        }
        assertThat(trespasses).isEmpty();
    }

    @Test
    void everyTableHasOneOwningModule() throws IOException {
        assertThat(owners()).hasSizeGreaterThan(30);
    }

    /** Table name → module, from the migrations that create tables; a table created twice by two modules fails. */
    static Map<String, String> owners() throws IOException {
        Map<String, String> owners = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Matcher name = MIGRATION.matcher(file.getFileName().toString());
                if (!name.matches()) {
                    continue;
                }
                Matcher create = CREATE.matcher(Files.readString(file).replaceAll("--[^\\n]*", ""));
                while (create.find()) {
                    String previous = owners.putIfAbsent(create.group(1).toLowerCase(), name.group(1));
                    assertThat(previous).as("owner of " + create.group(1)).isIn(null, name.group(1));
                }
            }
        }
        return owners;
    }
}
