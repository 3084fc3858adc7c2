package org.mandate.organization.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.mandate.organization.ImportCounts;
import org.mandate.organization.Organization;
import org.mandate.organization.OrganizationImports;
import org.mandate.organization.OrgUnitView;
import org.mandate.organization.PositionView;
import org.mandate.shared.ImportRejected;
import org.mandate.shared.RowError;
import org.mandate.shared.io.TabularFile;
import org.mandate.shared.io.TabularFormat;
import org.mandate.shared.io.TabularWriter;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the organization's files. An import reads the file (shape errors: missing
 * columns, formulas, unreadable bytes), then every row's cells, then the rows' meaning; it reports
 * every problem at once ({@link ImportRejected}) or applies all rows in one transaction.
 * {@code mayWrite} decides per unit code whether the caller may change it.
 */
@Component
public class OrgFiles {

    private final OrganizationImports imports;
    private final Organization organization;

    OrgFiles(OrganizationImports imports, Organization organization) {
        this.imports = imports;
        this.organization = organization;
    }

    public ImportCounts importUnits(byte[] content, TabularFormat format, boolean dryRun) {
        TabularFile file = TabularFile.read(content, format, UnitSheet.REQUIRED);
        List<RowError> errors = new ArrayList<>();
        var rows = UnitSheet.rows(file, errors);
        return imports.importUnits(rows, errors, dryRun);
    }

    public ImportCounts importReorganisations(byte[] content, TabularFormat format, boolean dryRun) {
        TabularFile file = TabularFile.read(content, format, ReorganisationSheet.REQUIRED);
        List<RowError> errors = new ArrayList<>();
        var rows = ReorganisationSheet.rows(file, errors);
        return imports.importReorganisations(rows, errors, dryRun);
    }

    public ImportCounts importPeople(byte[] content, TabularFormat format, boolean dryRun) {
        TabularFile file = TabularFile.read(content, format, PeopleSheet.REQUIRED);
        List<RowError> errors = new ArrayList<>();
        var rows = PeopleSheet.rows(file, errors);
        return imports.importPeople(rows, errors, dryRun);
    }

    /** Units in the columns of org_units.csv: those valid on {@code asOf} (in tree order), or all when null. */
    public void exportUnits(OutputStream out, TabularFormat format, LocalDate asOf, String rootCode) {
        List<OrgUnitView> units;
        if (asOf == null) {
            units = organization.allUnits();
        } else if (rootCode == null || rootCode.isBlank()) {
            units = organization.treeAsOf(asOf).flatten();
        } else {
            units = organization.subtree(rootCode, asOf).flatten();
        }
        write(out, format, "org_units", UnitSheet.COLUMNS, UnitSheet.lines(units));
    }

    /** Units already chosen by the caller (e.g. a search result), in the columns of org_units.csv. */
    public void exportUnits(OutputStream out, TabularFormat format, List<OrgUnitView> units) {
        write(out, format, "org_units", UnitSheet.COLUMNS, UnitSheet.lines(units));
    }

    /** Every recorded reorganisation in the columns of reorganisations.csv. */
    public void exportReorganisations(OutputStream out, TabularFormat format) {
        write(out, format, "reorganisations", ReorganisationSheet.COLUMNS,
                ReorganisationSheet.lines(organization.reorganisations()));
    }

    /** Positions (one row each) in the columns of the people file. */
    public void exportPositions(OutputStream out, TabularFormat format, List<PositionView> positions) {
        write(out, format, "people", PeopleSheet.COLUMNS, PeopleSheet.lines(positions));
    }

    private static void write(OutputStream out, TabularFormat format, String sheet, List<String> header,
                              List<List<?>> lines) {
        try {
            TabularWriter.write(out, format, sheet, header, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
