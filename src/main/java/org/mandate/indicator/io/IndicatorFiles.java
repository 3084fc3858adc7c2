package org.mandate.indicator.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.mandate.indicator.DataEntry;
import org.mandate.indicator.DataState;
import org.mandate.indicator.DataValue;
import org.mandate.indicator.Dhis2Codes;
import org.mandate.indicator.Entry;
import org.mandate.indicator.ImportResult;
import org.mandate.indicator.IndicatorCatalogue;
import org.mandate.indicator.Numbered;
import org.mandate.shared.RowError;
import org.mandate.shared.io.TabularFile;
import org.mandate.shared.io.TabularFormat;
import org.mandate.shared.io.TabularWriter;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the indicator module's files. An import reads the file (shape errors), then
 * every row's cells, then the rows' meaning, and reports every problem at once or applies all rows
 * in one transaction (the module's services decide access and meaning).
 */
@Component
public class IndicatorFiles {

    private final IndicatorCatalogue catalogue;
    private final DataEntry entry;
    private final Dhis2Codes dhis2;

    IndicatorFiles(IndicatorCatalogue catalogue, DataEntry entry, Dhis2Codes dhis2) {
        this.catalogue = catalogue;
        this.entry = entry;
        this.dhis2 = dhis2;
    }

    public ImportResult importIndicators(byte[] content, TabularFormat format, boolean dryRun) {
        TabularFile file = TabularFile.read(content, format, IndicatorSheet.REQUIRED);
        List<RowError> errors = new ArrayList<>();
        var rows = IndicatorSheet.rows(file, format == TabularFormat.XLSX, errors);
        return catalogue.importIndicators(rows, errors, dryRun);
    }

    public ImportResult importTargets(byte[] content, TabularFormat format, boolean dryRun) {
        TabularFile file = TabularFile.read(content, format, TargetSheet.REQUIRED);
        List<RowError> errors = new ArrayList<>();
        var rows = TargetSheet.rows(file, format == TabularFormat.XLSX, errors);
        return catalogue.importTargets(rows, errors, dryRun);
    }

    /** Imports data values in any of the four formats; they arrive SUBMITTED. */
    public ImportResult importValues(byte[] content, ValueFormat format, boolean dryRun) {
        List<RowError> errors = new ArrayList<>();
        List<Numbered<Entry>> rows = switch (format) {
            case CSV, XLSX -> {
                TabularFormat tabular = format == ValueFormat.XLSX ? TabularFormat.XLSX : TabularFormat.CSV;
                yield ValueSheet.rows(TabularFile.read(content, tabular, ValueSheet.REQUIRED),
                        format == ValueFormat.XLSX, errors);
            }
            case DHIS2_CSV -> ValueSheet.dhis2Rows(TabularFile.read(content, TabularFormat.CSV, ValueSheet.DHIS2_REQUIRED),
                    dhis2.toCodes(Dhis2Codes.Kind.DATA_ELEMENT), dhis2.toCodes(Dhis2Codes.Kind.ORG_UNIT), errors);
            case DHIS2_JSON -> Dhis2Json.read(content, dhis2.toCodes(Dhis2Codes.Kind.DATA_ELEMENT),
                    dhis2.toCodes(Dhis2Codes.Kind.ORG_UNIT), errors);
        };
        return entry.enter(rows, errors, DataState.SUBMITTED, dryRun);
    }

    public void exportIndicators(OutputStream out, TabularFormat format) {
        write(out, format, "indicators", IndicatorSheet.COLUMNS, IndicatorSheet.lines(catalogue.indicators()));
    }

    public void exportTargets(OutputStream out, TabularFormat format, String indicatorCode, String unitCode,
                              Integer year) {
        write(out, format, "targets", TargetSheet.COLUMNS,
                TargetSheet.lines(catalogue.targets(indicatorCode, unitCode, year)));
    }

    public void exportValues(OutputStream out, ValueFormat format, List<DataValue> values) {
        try {
            switch (format) {
                case CSV -> TabularWriter.write(out, TabularFormat.CSV, "data_values", ValueSheet.COLUMNS,
                        ValueSheet.lines(values));
                case XLSX -> TabularWriter.write(out, TabularFormat.XLSX, "data_values", ValueSheet.COLUMNS,
                        ValueSheet.lines(values));
                case DHIS2_CSV -> TabularWriter.write(out, TabularFormat.CSV, "data_values", ValueSheet.DHIS2_COLUMNS,
                        ValueSheet.dhis2Lines(values, dhis2.toUids(Dhis2Codes.Kind.DATA_ELEMENT),
                                dhis2.toUids(Dhis2Codes.Kind.ORG_UNIT)));
                case DHIS2_JSON -> Dhis2Json.write(out, values, dhis2.toUids(Dhis2Codes.Kind.DATA_ELEMENT),
                        dhis2.toUids(Dhis2Codes.Kind.ORG_UNIT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
