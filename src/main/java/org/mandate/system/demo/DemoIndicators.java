package org.mandate.system.demo;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mandate.access.MandateUser;
import org.mandate.access.Role;
import org.mandate.indicator.DataEntry;
import org.mandate.indicator.DataState;
import org.mandate.indicator.Direction;
import org.mandate.indicator.Entry;
import org.mandate.indicator.Indicator;
import org.mandate.indicator.IndicatorCatalogue;
import org.mandate.indicator.Numbered;
import org.mandate.indicator.PreferredSide;
import org.mandate.indicator.Target;
import org.mandate.indicator.TargetKind;
import org.mandate.indicator.io.IndicatorFiles;
import org.mandate.shared.Period;
import org.mandate.shared.io.TabularFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo province's 25 targets (indicators.csv, targets.csv) and believable actuals for
 * 2021–2024 with the first half of 2025, so that the target board tells a story as of 30/06/2025:
 * most targets on track, a few hard to achieve (GRDP per capita, advanced new-rural communes, urban
 * wastewater, budget revenue), disbursement mathematically out of reach. Monthly values for budget
 * revenue and exports give the within-year forecast its seasonality; two districts carry budget
 * revenue allocations (which do not add up to the province's target, as the allocation check shows).
 * The numbers are illustrative, like the reference targets. Runs as the system, through the same
 * import pipeline users have, when the catalogue is empty.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "mandate.demo.enabled", havingValue = "true")
class DemoIndicators implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoIndicators.class);
    private static final String FOLDER = "demo/vinh-phuc/";

    /** Annual actuals 2021–2024 of the province. */
    static final Map<String, double[]> ANNUAL = Map.ofEntries(
            Map.entry("GRDP_GROWTH", new double[] {6.2, 8.1, 5.4, 7.0}),
            Map.entry("GRDP_PER_CAPITA", new double[] {122.0, 131.5, 138.0, 146.3}),
            Map.entry("IND_CONSTR_SHARE", new double[] {62.1, 62.5, 61.8, 62.6}),
            Map.entry("SERVICES_SHARE", new double[] {27.9, 28.0, 28.6, 28.5}),
            Map.entry("SOCIAL_INVEST", new double[] {46000, 48500, 51000, 54000}),
            Map.entry("FDI_ATTRACTED", new double[] {520, 610, 480, 590}),
            Map.entry("NEW_JOBS", new double[] {23500, 24000, 24800, 25200}),
            Map.entry("TRAINED_LABOUR", new double[] {78.9, 80.5, 82.0, 83.6}),
            Map.entry("POVERTY_RATE", new double[] {2.1, 1.7, 1.35, 1.05}),
            Map.entry("NEW_RURAL_COMMUNES", new double[] {26, 33, 39, 45}),
            Map.entry("URBANISATION", new double[] {34.0, 36.9, 39.0, 42.5}),
            Map.entry("HOSPITAL_BEDS", new double[] {35.5, 36.8, 37.9, 39.2}),
            Map.entry("DOCTORS", new double[] {11.8, 12.3, 12.9, 13.4}),
            Map.entry("HEALTH_INSURANCE", new double[] {92.1, 93.0, 93.6, 94.5}),
            Map.entry("STD_SCHOOLS", new double[] {78.5, 81.2, 83.9, 86.5}),
            Map.entry("CLEAN_WATER_RURAL", new double[] {65.0, 68.5, 72.4, 76.0}),
            Map.entry("WASTE_COLLECTION", new double[] {87.0, 89.5, 91.0, 93.2}),
            Map.entry("WASTEWATER_URBAN", new double[] {24, 28, 31, 35}),
            Map.entry("IZ_WASTEWATER", new double[] {92, 94, 96, 98}),
            Map.entry("FOREST_COVER", new double[] {24.6, 24.5, 24.4, 24.5}),
            Map.entry("CPI", new double[] {1.9, 3.2, 3.5, 2.79}),
            Map.entry("UNEMPLOYMENT_URBAN", new double[] {3.1, 3.05, 3.0, 2.95}),
            Map.entry("PUBLIC_INVEST_DISBURSED", new double[] {96.2, 93.5, 91.0, 94.0}));

    /** Yearly totals 2021–2024 and the first half of 2025 of the two indicators entered monthly. */
    static final Map<String, double[]> MONTHLY_TOTALS = Map.of(
            "BUDGET_REVENUE", new double[] {35100, 36500, 33200, 38000, 40500},
            "EXPORT_VALUE", new double[] {6400, 7000, 6600, 7600, 8600});

    /** Share of each month in a year's total (budget revenue peaks at year end). */
    private static final double[] SEASON = {6, 7, 7, 8, 8, 8, 9, 8, 9, 9, 10, 11};

    private final IndicatorCatalogue catalogue;
    private final IndicatorFiles files;
    private final DataEntry entry;
    private final TransactionTemplate transaction;

    DemoIndicators(IndicatorCatalogue catalogue, IndicatorFiles files, DataEntry entry,
                   TransactionTemplate transaction) {
        this.catalogue = catalogue;
        this.files = files;
        this.entry = entry;
        this.transaction = transaction;
    }

    @Override
    public void run() {
        var context = SecurityContextHolder.createEmptyContext();
        MandateUser system = new MandateUser(0L, "system", "", null, "vi", Set.of(Role.ADMIN), Set.of(), true, false);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            if (!catalogue.indicators().isEmpty()) {
                return;
            }
            transaction.executeWithoutResult(status -> load());
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void load() {
        var indicators = files.importIndicators(read("indicators.csv"), TabularFormat.CSV, false);
        adjustCatalogue();
        var targets = files.importTargets(read("targets.csv"), TabularFormat.CSV, false);
        catalogue.saveTarget(new Target("BUDGET_REVENUE", "VP.VY", TargetKind.ANNUAL, 2025, null,
                new BigDecimal("9000"), 2024, new BigDecimal("8400"), "KL-HN22-XVII"));
        catalogue.saveTarget(new Target("BUDGET_REVENUE", "VP.BX", TargetKind.ANNUAL, 2025, null,
                new BigDecimal("8000"), 2024, new BigDecimal("7300"), "KL-HN22-XVII"));
        List<Numbered<Entry>> entries = actuals();
        var values = entry.enter(entries, List.of(), DataState.SUBMITTED, false);
        for (int year = 2021; year <= 2024; year++) {
            entry.approveAll("VP", Period.year(year));
            for (int m = 1; m <= 12; m++) {
                entry.approveAll("VP", Period.month(year, m));
            }
        }
        log.info("Demo targets loaded: {} indicators, {} targets, {} values", indicators.imported(),
                targets.imported() + 2, values.imported());
    }

    /** Settings the reference file leaves at their defaults: tolerances, preferred sides, bounds, plan items. */
    private void adjustCatalogue() {
        for (Indicator i : catalogue.indicators()) {
            Indicator adjusted = switch (i.code()) {
                case "IND_CONSTR_SHARE", "SERVICES_SHARE" -> with(i, i.direction(), "1.0", PreferredSide.NONE, null, List.of());
                case "FOREST_COVER" -> with(i, i.direction(), "0.5", PreferredSide.HIGHER, null, List.of());
                // Reports read the CPI target as "about 4" and call 2.79 exceeded.
                case "CPI" -> with(i, Direction.ABOUT, "0.5", PreferredSide.LOWER, null, List.of());
                case "PUBLIC_INVEST_DISBURSED" -> with(i, i.direction(), null, PreferredSide.NONE, "100",
                        List.of("G2.7", "G2.8"));
                case "BUDGET_REVENUE" -> with(i, i.direction(), null, PreferredSide.NONE, null, List.of("G2.2"));
                case "NEW_RURAL_COMMUNES", "WASTEWATER_URBAN", "URBANISATION", "TRAINED_LABOUR", "STD_SCHOOLS",
                     "CLEAN_WATER_RURAL", "WASTE_COLLECTION", "HEALTH_INSURANCE", "IZ_WASTEWATER" ->
                        with(i, i.direction(), null, PreferredSide.NONE, "100", List.of("G2.2"));
                default -> null;
            };
            if (adjusted != null) {
                catalogue.save(adjusted);
            }
        }
    }

    private static Indicator with(Indicator i, Direction direction, String tolerance, PreferredSide side, String max,
                                  List<String> planItems) {
        return new Indicator(i.id(), i.code(), i.nameVi(), i.nameEn(), i.unitOfMeasure(), i.decimals(), direction,
                i.valueKind(), i.aggregation(), i.weightIndicatorCode(), i.termMode(),
                tolerance == null ? i.tolerance() : new BigDecimal(tolerance), side, i.rangeLow(), i.rangeHigh(),
                max == null ? i.minValue() : BigDecimal.ZERO, max == null ? i.maxValue() : new BigDecimal(max),
                "VP.STC", "NQ-DH-XVII", planItems.isEmpty() ? i.planItemCodes() : planItems, i.version());
    }

    private static List<Numbered<Entry>> actuals() {
        List<Numbered<Entry>> entries = new ArrayList<>();
        ANNUAL.forEach((code, values) -> {
            for (int k = 0; k < values.length; k++) {
                add(entries, code, "VP", Period.year(2021 + k), values[k]);
            }
        });
        add(entries, "GRDP_GROWTH", "VP", Period.halfYear(2025, 1), 6.8);
        MONTHLY_TOTALS.forEach((code, totals) -> {
            for (int k = 0; k < totals.length; k++) {
                int year = 2021 + k;
                int months = year == 2025 ? 6 : 12;
                for (int m = 1; m <= months; m++) {
                    // a little year-to-year wobble in the seasonal pattern, so that the shares have a spread
                    double wobble = 1 + 0.04 * Math.sin(m * (k + 1.3));
                    add(entries, code, "VP", Period.month(year, m), totals[k] * SEASON[m - 1] / 100 * wobble);
                }
            }
        });
        for (int m = 1; m <= 6; m++) {
            add(entries, "BUDGET_REVENUE", "VP.VY", Period.month(2025, m), 600);
            add(entries, "BUDGET_REVENUE", "VP.BX", Period.month(2025, m), 650);
        }
        return entries;
    }

    private static void add(List<Numbered<Entry>> entries, String code, String unit, Period period, double value) {
        entries.add(new Numbered<>(entries.size() + 2, new Entry(code, unit, period,
                BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP), null)));
    }

    private static byte[] read(String name) {
        try (InputStream in = new ClassPathResource(FOLDER + name).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Demo file missing: " + FOLDER + name, e);
        }
    }
}
