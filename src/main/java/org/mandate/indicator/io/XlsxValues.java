package org.mandate.indicator.io;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.mandate.indicator.Entry;
import org.mandate.indicator.EntrySource;
import org.mandate.indicator.ImportProgress;
import org.mandate.shared.ImportRejected;
import org.mandate.shared.RowError;
import org.mandate.shared.TextFolding;
import org.mandate.shared.io.TabularRow;
import org.springframework.dao.DataAccessException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an XLSX data-value file read as a stream of SAX events (POI's event model:
 * the workbook is never built in memory; only the shared-strings table is). Cells keep their stored
 * text; numbers are read as the spreadsheet stores them; a formula is refused, never evaluated.
 */
final class XlsxValues implements EntrySource {

    private final Path file;
    private final List<String> required;
    private final ImportProgress progress;

    XlsxValues(Path file, List<String> required, ImportProgress progress) {
        this.file = file;
        this.required = required;
        this.progress = progress;
    }

    @Override
    public void read(Sink sink) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader reader = new XSSFReader(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw notSpreadsheet();
            }
            try (InputStream sheet = new CountingStream(sheets.next(), progress)) {
                XMLReader xml = XMLHelper.newXMLReader();
                SheetHandler handler = new SheetHandler(strings, sink);
                xml.setContentHandler(handler);
                xml.parse(new InputSource(sheet));
                if (handler.header.isEmpty()) {
                    handler.checkHeader();
                }
            }
        } catch (SAXException e) {
            if (e.getCause() instanceof ImportRejected rejected) {
                throw rejected;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw notSpreadsheet();
        } catch (ImportRejected | DataAccessException e) {
            throw e;
        } catch (Exception e) {
            throw notSpreadsheet();
        }
    }

    private static ImportRejected notSpreadsheet() {
        return new ImportRejected(List.of(new RowError(1, null, "import.file.notSpreadsheet")));
    }

    /** Collects each row's cells by column and hands the row on at its end. */
    private final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final Sink sink;
        private final List<String> header = new ArrayList<>();
        private final Map<Integer, String> cells = new HashMap<>();
        private final Set<Integer> formulas = new HashSet<>();
        private final StringBuilder text = new StringBuilder();
        private int rowNumber;
        private int column;
        private String type;
        private boolean collecting;

        SheetHandler(ReadOnlySharedStringsTable strings, Sink sink) {
            this.strings = strings;
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    column = -1;
                    cells.clear();
                    formulas.clear();
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    column = ref == null ? column + 1 : columnOf(ref);
                    type = atts.getValue("t");
                    text.setLength(0);
                }
                case "v", "t" -> collecting = true;
                case "f" -> formulas.add(column);
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "c" -> cells.put(column, value());
                case "row" -> endRow();
                default -> {
                }
            }
        }

        private String value() {
            String raw = text.toString();
            if (type == null || type.equals("n")) {
                if (raw.isEmpty()) {
                    return null;
                }
                try {
                    return BigDecimal.valueOf(Double.parseDouble(raw)).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    return raw;
                }
            }
            return switch (type) {
                case "s" -> strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
                default -> raw;
            };
        }

        private void endRow() throws SAXException {
            if (header.isEmpty()) {
                int last = cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
                for (int i = 0; i <= last; i++) {
                    String h = cells.get(i);
                    header.add(h == null ? "" : TextFolding.nfc(h).strip().toLowerCase(Locale.ROOT));
                }
                checkHeader();
                return;
            }
            Map<String, String> byName = new HashMap<>();
            List<RowError> problems = new ArrayList<>(0);
            for (int i = 0; i < header.size(); i++) {
                if (formulas.contains(i)) {
                    problems.add(new RowError(rowNumber, header.get(i), "import.cell.formula"));
                } else {
                    CsvValues.put(byName, header.get(i), cells.get(i));
                }
            }
            if (byName.isEmpty() && problems.isEmpty()) {
                return;
            }
            Entry entry = ValueSheet.entry(new TabularRow(rowNumber, byName), true, problems);
            sink.row(rowNumber, entry, problems);
        }

        private void checkHeader() {
            List<RowError> missing = new ArrayList<>();
            for (String c : required) {
                if (!header.contains(c)) {
                    missing.add(new RowError(1, c, "import.column.missing", c));
                }
            }
            if (!missing.isEmpty()) {
                throw new ImportRejected(missing);
            }
        }

        private int columnOf(String ref) {
            int c = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            }
            return c - 1;
        }
    }
}
