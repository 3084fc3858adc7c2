package org.mandate.indicator.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mandate.indicator.DataValue;
import org.mandate.indicator.Dhis2Codes;
import org.mandate.indicator.EntrySource;
import org.mandate.indicator.ImportProgress;
import org.mandate.indicator.ImportResult;
import org.mandate.indicator.IndicatorCatalogue;
import org.mandate.indicator.ValueImport;
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
    private final ValueImport values;
    private final Dhis2Codes dhis2;

    IndicatorFiles(IndicatorCatalogue catalogue, ValueImport values, Dhis2Codes dhis2) {
        this.catalogue = catalogue;
        this.values = values;
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

    /**
     * Imports data values in any of the four formats, streaming the spooled file (they arrive
     * SUBMITTED; see {@link ValueImport}).
     */
    public ImportResult importValues(ValueUpload upload, ValueFormat format, boolean dryRun, ImportProgress progress)
            throws IOException {
        Map<String, String> elements = format.name().startsWith("DHIS2")
                ? dhis2.toCodes(Dhis2Codes.Kind.DATA_ELEMENT) : Map.of();
        Map<String, String> units = format.name().startsWith("DHIS2") ? dhis2.toCodes(Dhis2Codes.Kind.ORG_UNIT) : Map.of();
        EntrySource source = sink -> {
            if (format == ValueFormat.XLSX) {
                new XlsxValues(upload.file(), ValueSheet.REQUIRED, progress).read(sink);
                return;
            }
            try (InputStream in = new BufferedInputStream(
                    new CountingStream(java.nio.file.Files.newInputStream(upload.file()), progress), 1 << 16)) {
                switch (format) {
                    case CSV -> new CsvValues(in, ValueSheet.REQUIRED,
                            (row, errors) -> ValueSheet.entry(row, false, errors)).read(sink);
                    case DHIS2_CSV -> new CsvValues(in, ValueSheet.DHIS2_REQUIRED,
                            (row, errors) -> ValueSheet.dhis2Entry(row, elements, units, errors)).read(sink);
                    default -> Dhis2Json.source(in, elements, units).read(sink);
                }
            }
        };
        return values.run(source, upload.receipt(format), dryRun, progress);
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
