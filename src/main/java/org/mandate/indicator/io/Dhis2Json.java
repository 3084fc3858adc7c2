package org.mandate.indicator.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mandate.indicator.DataValue;
import org.mandate.indicator.Entry;
import org.mandate.indicator.EntrySource;
import org.mandate.shared.io.NumberText;
import org.mandate.shared.ImportRejected;
import org.mandate.shared.Period;
import org.mandate.shared.RowError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The DHIS2 data value set as JSON: {@code {"dataValues":[{"dataElement","period","orgUnit","value",
 * "comment"}]}}. Errors name the item as its row: item 1 is row 2, as in a file with a header.
 */
final class Dhis2Json {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Dhis2Json() {
    }

    /**
     * The value set as a stream: the parser walks to {@code dataValues} and reads one item at a
     * time, so a document of any length is never held whole.
     */
    static EntrySource source(InputStream in, Map<String, String> elements, Map<String, String> units) {
        return sink -> {
            int row = 1;
            boolean found = false;
            try (JsonParser parser = JSON.createParser(in)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw invalid(null);
                }
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    JsonToken token = parser.nextToken();
                    if (!"dataValues".equals(name)) {
                        parser.skipChildren();
                        continue;
                    }
                    if (token != JsonToken.START_ARRAY) {
                        throw invalid("dataValues");
                    }
                    found = true;
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        row++;
                        JsonNode item = parser.readValueAsTree();
                        List<RowError> problems = new ArrayList<>(0);
                        Entry entry = entry(item, row, elements, units, problems);
                        if (entry != null) {
                            sink.row(row, entry, problems);
                        }
                    }
                }
            } catch (JacksonException e) {
                throw new ImportRejected(List.of(new RowError(row, null, "indicator.import.json.invalid")));
            }
            if (!found) {
                throw invalid("dataValues");
            }
        };
    }

    private static ImportRejected invalid(String column) {
        return new ImportRejected(List.of(new RowError(1, column, "indicator.import.json.invalid")));
    }

    private static Entry entry(JsonNode item, int row, Map<String, String> elements, Map<String, String> units,
                               List<RowError> errors) {
        if (item.path("deleted").asBoolean(false)) {
            return null;
        }
        String element = text(item, "dataElement");
        String orgUnit = text(item, "orgUnit");
        if (element == null) {
            errors.add(new RowError(row, "dataElement", "import.cell.required"));
        }
        if (orgUnit == null) {
            errors.add(new RowError(row, "orgUnit", "import.cell.required"));
        }
        Period period = IndicatorCells.period(text(item, "period"), row, "period", errors);
        String valueText = text(item, "value");
        BigDecimal value = null;
        if (valueText == null) {
            errors.add(new RowError(row, "value", "import.cell.required"));
        } else {
            value = IndicatorCells.report(NumberText.machine(valueText), row, "value", valueText, errors);
        }
        return new Entry(element == null ? null : elements.getOrDefault(element, element),
                orgUnit == null ? null : units.getOrDefault(orgUnit, orgUnit), period, value, text(item, "comment"));
    }

    private static String text(JsonNode item, String field) {
        JsonNode node = item.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        String s = node.isNumber() ? node.decimalValue().toPlainString() : node.asString();
        return s == null || s.isBlank() ? null : org.mandate.shared.TextFolding.nfc(s).strip();
    }

    static void write(OutputStream out, List<DataValue> values, Map<String, String> elementUids,
                      Map<String, String> unitUids) throws IOException {
        List<Map<String, Object>> items = new ArrayList<>();
        for (DataValue v : values) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("dataElement", elementUids.getOrDefault(v.indicatorCode(), v.indicatorCode()));
            item.put("period", IndicatorCells.dhis2(v.period()));
            item.put("orgUnit", unitUids.getOrDefault(v.unitCode(), v.unitCode()));
            item.put("value", v.value().toPlainString());
            if (v.comment() != null) {
                item.put("comment", v.comment());
            }
            items.add(item);
        }
        JSON.writeValue(out, Map.of("dataValues", items));
    }
}
