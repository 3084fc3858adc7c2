import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Generates a national indicator data set on top of the organisation of {@code GenerateNation.java},
 * for the target-board and roll-up benchmark (bench/indicator-board.sh).
 *
 * <pre>
 *   java bench/GenerateIndicators.java OUTDIR NATION_DIR [seed] [months] [lastMonth]
 * </pre>
 *
 * Reads NATION_DIR/org_units.csv and writes, in OUTDIR:
 * <ul>
 * <li>{@code indicators.csv} — 50 indicators (import format of the indicator module): FLOW, LEVEL and
 * RATE; SUM, AVERAGE and WEIGHTED (by the population indicator BI25) aggregation; higher/lower is
 * better, at least, at most, about and range directions.</li>
 * <li>{@code targets.csv} — for each of the 34 provinces and each indicator: annual targets for
 * 2025 and 2026 and term targets 2021–2025 and 2026–2030 (baseline 2020 / 2025).</li>
 * <li>{@code values.csv} — monthly values {@code indicator_code,unit_code,period,amount} for
 * {@code months} months ending {@code lastMonth} (default 60 months, 2021-11 .. 2026-10), loaded with
 * COPY by the script. Every commune, ward and special zone (3,321) reports every indicator every
 * month (history re-based on the new boundaries), except the four "reported on the boundaries of
 * the time" indicators BI01–BI04: before 2025 the 696 districts of the old provinces report them, from
 * January 2025 the communes do, so that a new province's history of those indicators comes from its
 * predecessors through the reorganisation mappings.</li>
 * </ul>
 * Same seed, same bytes.
 */
public class GenerateIndicators {

    enum Kind { FLOW, LEVEL, RATE }

    record Ind(String code, String nameVi, String nameEn, String unit, String direction, Kind kind,
               String aggregation, int decimals, String termMode, String tolerance, String side, String low,
               String high, double base, double growth, boolean oldBoundaries) {
    }

    record Unit(String code, String type, String parent, String from) {
    }

    static final int[] SEASON_PERMILLE = {70, 62, 80, 82, 84, 85, 86, 87, 88, 90, 92, 114};

    final Random random;
    final List<Ind> indicators = new ArrayList<>();

    GenerateIndicators(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java bench/GenerateIndicators.java OUTDIR NATION_DIR [seed] [months] [lastMonth]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Path nation = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2026L;
        int months = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        YearMonth last = args.length > 4 ? YearMonth.parse(args[4]) : YearMonth.of(2026, 10);
        Files.createDirectories(out);
        GenerateIndicators g = new GenerateIndicators(seed);
        g.catalogue();
        Map<String, Unit> units = new LinkedHashMap<>();
        try (var lines = Files.lines(nation.resolve("org_units.csv"), StandardCharsets.UTF_8)) {
            lines.skip(1).forEach(l -> {
                String[] f = l.split(",", -1);
                units.put(f[0], new Unit(f[0], f[3], f[4], f[5]));
            });
        }
        List<Unit> communes = units.values().stream().filter(u -> u.type.equals("COMMUNE")).toList();
        List<Unit> districts = units.values().stream().filter(u -> u.type.equals("DISTRICT")).toList();
        List<Unit> provinces = units.values().stream()
                .filter(u -> u.type.equals("PROVINCE") && u.from.equals("2025-07-01")).toList();
        g.writeIndicators(out.resolve("indicators.csv"));
        long values = g.writeValues(out.resolve("values.csv"), communes, districts, months, last);
        int targets = g.writeTargets(out.resolve("targets.csv"), provinces, communes);
        System.out.printf(Locale.ROOT, "indicators.csv: %d indicators%ntargets.csv: %d targets (%d provinces)%n"
                + "values.csv: %d monthly values (%d communes, %d districts, %d months to %s)%n", g.indicators.size(),
                targets, provinces.size(), values, communes.size(), districts.size(), months, last);
    }

    void catalogue() {
        int n = 0;
        // 20 FLOW SUM, higher is better (revenues, output); BI01-BI04 on the boundaries of the time
        for (int i = 0; i < 20; i++) {
            add(++n, "Chỉ tiêu sản lượng", "Output indicator", "tỷ đồng", "HIGHER_IS_BETTER", Kind.FLOW, "SUM", 2,
                    "CUMULATIVE", "0", "NONE", "", "", 5 + random.nextDouble() * 50, 0.04 + random.nextDouble() * 0.08,
                    i < 4);
        }
        // 4 FLOW SUM, lower is better (accidents, fires)
        for (int i = 0; i < 4; i++) {
            add(++n, "Chỉ tiêu sự cố", "Incident indicator", "vụ", "LOWER_IS_BETTER", Kind.FLOW, "SUM", 0,
                    "CUMULATIVE", "0", "NONE", "", "", 2 + random.nextDouble() * 6, -0.03, false);
        }
        // 8 LEVEL SUM (population = BI25 is the weight of the WEIGHTED rates)
        for (int i = 0; i < 8; i++) {
            add(++n, i == 0 ? "Dân số" : "Chỉ tiêu quy mô", i == 0 ? "Population" : "Stock indicator",
                    i == 0 ? "người" : "đơn vị", "HIGHER_IS_BETTER", Kind.LEVEL, "SUM", 0, "FINAL_YEAR", "0",
                    "NONE", "", "", i == 0 ? 25_000 + random.nextDouble() * 10_000 : 100 + random.nextDouble() * 900,
                    i == 0 ? 0.01 : 0.03 + random.nextDouble() * 0.05, false);
        }
        // 4 LEVEL AVERAGE (averages per unit)
        for (int i = 0; i < 4; i++) {
            add(++n, "Chỉ tiêu bình quân", "Average indicator", "triệu đồng", "HIGHER_IS_BETTER", Kind.LEVEL,
                    "AVERAGE", 1, "FINAL_YEAR", "0", "NONE", "", "", 40 + random.nextDouble() * 60,
                    0.05 + random.nextDouble() * 0.04, false);
        }
        // 6 RATE AVERAGE, higher is better (percentages)
        for (int i = 0; i < 6; i++) {
            add(++n, "Tỷ lệ đạt chuẩn", "Standard rate", "%", "HIGHER_IS_BETTER", Kind.RATE, "AVERAGE", 2, "AVERAGE",
                    "0.5", "NONE", "", "", 50 + random.nextDouble() * 30, 0.02 + random.nextDouble() * 0.02, false);
        }
        // 4 RATE WEIGHTED by population, lower is better (poverty-like)
        for (int i = 0; i < 4; i++) {
            add(++n, "Tỷ lệ hộ nghèo", "Poverty rate", "%", "LOWER_IS_BETTER", Kind.RATE, "WEIGHTED:BI25", 2, "AVERAGE",
                    "0", "NONE", "", "", 3 + random.nextDouble() * 6, -0.08 - random.nextDouble() * 0.05, false);
        }
        // 4 RATE AVERAGE with bounded directions
        add(++n, "Tỷ lệ tối thiểu", "Floor rate", "%", "AT_LEAST", Kind.RATE, "AVERAGE", 1, "AVERAGE", "0.5", "NONE",
                "", "", 88, 0.005, false);
        add(++n, "Tỷ lệ tối đa", "Ceiling rate", "%", "AT_MOST", Kind.RATE, "AVERAGE", 1, "AVERAGE", "0.2", "NONE", "",
                "", 4, -0.02, false);
        add(++n, "Chỉ số giá", "Price index", "%", "ABOUT", Kind.RATE, "AVERAGE", 2, "AVERAGE", "0.5", "LOWER", "", "",
                4, 0, false);
        add(++n, "Tỷ lệ trong khoảng", "Band rate", "%", "RANGE", Kind.RATE, "AVERAGE", 1, "AVERAGE", "0", "HIGHER",
                "60", "70", 63, 0.01, false);
    }

    private void add(int n, String vi, String en, String unit, String direction, Kind kind, String aggregation,
                     int decimals, String termMode, String tolerance, String side, String low, String high, double base,
                     double growth, boolean oldBoundaries) {
        String code = String.format(Locale.ROOT, "BI%02d", n);
        indicators.add(new Ind(code, vi + " " + n, en + " " + n, unit, direction, kind, aggregation, decimals,
                termMode, tolerance, side, low, high, base, growth, oldBoundaries));
    }

    void writeIndicators(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("code,name_vi,name_en,unit,direction,value_kind,aggregation,decimals,term_mode,tolerance,"
                    + "preferred_side,range_low,range_high\n");
            for (Ind i : indicators) {
                w.write(String.join(",", i.code, i.nameVi, i.nameEn, i.unit, i.direction, i.kind.name(),
                        i.aggregation, Integer.toString(i.decimals), i.termMode, i.tolerance, i.side, i.low, i.high));
                w.write('\n');
            }
        }
    }

    /** A unit's size factor: communes differ by an order of magnitude, stable per unit code. */
    static double size(String unitCode) {
        return 0.3 + (Math.floorMod(unitCode.hashCode(), 1000) / 1000.0) * 1.7;
    }

    double monthly(Ind ind, double unitSize, YearMonth ym, Random r) {
        double years = (ym.getYear() - 2021) + (ym.getMonthValue() - 1) / 12.0;
        double trend = Math.pow(1 + ind.growth, years);
        double noise = 1 + r.nextGaussian() * 0.05;
        return switch (ind.kind) {
            case FLOW -> ind.base * unitSize * trend * SEASON_PERMILLE[ym.getMonthValue() - 1] / 1000.0 * noise;
            case LEVEL -> ind.base * (ind.aggregation.equals("SUM") ? unitSize : 1) * trend * (1 + r.nextGaussian() * 0.005);
            case RATE -> Math.min(100, Math.max(0, ind.base * trend * (1 + r.nextGaussian() * 0.03)));
        };
    }

    long writeValues(Path file, List<Unit> communes, List<Unit> districts, int months, YearMonth last)
            throws IOException {
        YearMonth first = last.minusMonths(months - 1L);
        YearMonth firstNew = YearMonth.of(2025, 1);
        long n = 0;
        Random r = new Random(random.nextLong());
        StringBuilder line = new StringBuilder(64);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
            w.write("indicator_code,unit_code,period,amount\n");
            for (Ind ind : indicators) {
                String fmt = "%." + ind.decimals + "f";
                for (List<Unit> level : List.of(communes, districts)) {
                    boolean districtLevel = level == districts;
                    if (districtLevel && !ind.oldBoundaries) {
                        continue;
                    }
                    for (Unit u : level) {
                        double unitSize = size(u.code) * (districtLevel ? 4.8 : 1);
                        for (YearMonth ym = first; !ym.isAfter(last); ym = ym.plusMonths(1)) {
                            if (ind.oldBoundaries && (districtLevel == !ym.isBefore(firstNew))) {
                                continue;
                            }
                            line.setLength(0);
                            line.append(ind.code).append(',').append(u.code).append(',').append(ym).append(',')
                                    .append(String.format(Locale.ROOT, fmt, monthly(ind, unitSize, ym, r))).append('\n');
                            w.append(line);
                            n++;
                        }
                    }
                }
            }
        }
        return n;
    }

    int writeTargets(Path file, List<Unit> provinces, List<Unit> communes) throws IOException {
        int n = 0;
        Random r = new Random(random.nextLong());
        Map<String, Double> provinceSize = new LinkedHashMap<>();
        Map<String, Integer> provinceCommunes = new LinkedHashMap<>();
        for (Unit c : communes) {
            provinceSize.merge(c.parent, size(c.code), Double::sum);
            provinceCommunes.merge(c.parent, 1, Integer::sum);
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("indicator_code,org_unit_code,baseline_year,baseline_value,year,target_value,kind,term_start_year\n");
            for (Unit p : provinces) {
                double s = provinceSize.getOrDefault(p.code, 1.0);
                int count = provinceCommunes.getOrDefault(p.code, 1);
                for (Ind ind : indicators) {
                    for (int[] t : new int[][] {{2025, 0}, {2026, 0}, {2025, 2021}, {2030, 2026}}) {
                        int year = t[0];
                        boolean term = t[1] != 0;
                        double expected = expectedAnnual(ind, s, count, term ? t[1] : year, year);
                        // ambition differs by target: some are easy, some hard
                        double ambition = 1 + (r.nextDouble() - 0.45) * (ind.kind == Kind.RATE ? 0.08 : 0.2);
                        if (ind.direction.equals("LOWER_IS_BETTER") || ind.direction.equals("AT_MOST")) {
                            ambition = 2 - ambition;
                        }
                        double value = ind.direction.equals("RANGE") ? 65 : ind.direction.equals("ABOUT") ? 4
                                : expected * ambition;
                        int baselineYear = term ? t[1] - 1 : year - 1;
                        double baseline = expectedAnnual(ind, s, count, baselineYear, baselineYear);
                        w.write(String.format(Locale.ROOT, "%s,%s,%d,%." + ind.decimals + "f,%d,%." + ind.decimals
                                        + "f,%s,%s%n", ind.code, p.code, baselineYear, baseline, year, value,
                                term ? "TERM" : "ANNUAL", term ? Integer.toString(t[1]) : ""));
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** What the generator's trend gives for the unit over the years (a term: per the term mode). */
    double expectedAnnual(Ind ind, double size, int communes, int fromYear, int toYear) {
        double sum = 0;
        if (ind.termMode.equals("FINAL_YEAR")) {
            fromYear = toYear;
        }
        for (int y = fromYear; y <= toYear; y++) {
            double years = (y - 2021) + 11 / 12.0;
            double trend = Math.pow(1 + ind.growth, years);
            double annual = switch (ind.kind) {
                case FLOW -> ind.base * size * trend;
                case LEVEL -> ind.aggregation.equals("SUM") ? ind.base * size * trend : ind.base * trend;
                case RATE -> Math.min(100, ind.base * trend);
            };
            sum += annual;
        }
        int n = toYear - fromYear + 1;
        return ind.termMode.equals("CUMULATIVE") ? sum : sum / n;
    }
}
