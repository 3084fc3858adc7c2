import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates data values for the import benchmark, over the units that {@code GenerateNation} wrote.
 *
 * <pre>java bench/GenerateValues.java NATION_DIR OUTDIR [rows] [indicators] [seed]</pre>
 *
 * Writes {@code indicators.csv} (BENCH_01..BENCH_NN in the indicator import format; every other one
 * summed over units, the rest without aggregation; no plausible range, so no value needs a comment)
 * and {@code data_values.csv} ({@code indicator_code,org_unit_code,period,value,comment}): for each
 * indicator and each month from 2025-07 on, one value per unit that exists from the 2025 reform on
 * (about 4,500 units), until {@code rows} values (default 1,000,000, 50 indicators). Values are
 * written as people type them, with a decimal point and two decimals (12345.67), no comment. Same
 * seed, same bytes.
 */
public class GenerateValues {

    public static void main(String[] args) throws IOException {
        Path nation = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        int indicators = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 2025;
        Files.createDirectories(out);
        List<String> units = currentUnits(nation.resolve("org_units.csv"));
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("indicators.csv"), StandardCharsets.UTF_8))) {
            w.println("code,name_vi,name_en,unit,direction,value_kind,aggregation,decimals");
            for (int i = 1; i <= indicators; i++) {
                w.printf(Locale.ROOT, "BENCH_%02d,Chỉ tiêu đo hiệu năng %d,Benchmark indicator %d,đơn vị,HIGHER_IS_BETTER,%s,%s,2%n",
                        i, i, i, i % 2 == 0 ? "FLOW" : "LEVEL", i % 2 == 0 ? "SUM" : "NONE");
            }
        }
        Random random = new Random(seed);
        int written = 0;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("data_values.csv"), StandardCharsets.UTF_8))) {
            w.println("indicator_code,org_unit_code,period,value,comment");
            outer:
            for (int month = 0; ; month++) {
                String period = String.format(Locale.ROOT, "%04d-%02d", 2025 + (6 + month) / 12, (6 + month) % 12 + 1);
                for (int i = 1; i <= indicators; i++) {
                    for (String unit : units) {
                        if (written == rows) {
                            break outer;
                        }
                        int whole = 1_000 + random.nextInt(999_000);
                        int cents = random.nextInt(100);
                        w.printf(Locale.ROOT, "BENCH_%02d,%s,%s,%d.%02d,%n", i, unit, period, whole, cents);
                        written++;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "data_values.csv: %d values over %d units and %d indicators (%d bytes)%n",
                written, units.size(), indicators, Files.size(out.resolve("data_values.csv")));
    }

    /** Codes of the units that exist from 2025-07-01 on and are not closed. */
    static List<String> currentUnits(Path file) throws IOException {
        List<String> codes = new ArrayList<>();
        LocalDate reform = LocalDate.of(2025, 7, 1);
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            List<String> columns = List.of(header.split(","));
            int code = columns.indexOf("code");
            int from = columns.indexOf("valid_from");
            int to = columns.indexOf("valid_to");
            String line;
            while ((line = r.readLine()) != null) {
                List<String> cells = split(line);
                String validTo = cells.size() > to ? cells.get(to) : "";
                if (validTo.isEmpty() && !LocalDate.parse(cells.get(from)).isAfter(reform)) {
                    codes.add(cells.get(code));
                }
            }
        }
        return codes;
    }

    /** Splits a CSV line (quoted cells may hold commas; no line breaks in cells). */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
