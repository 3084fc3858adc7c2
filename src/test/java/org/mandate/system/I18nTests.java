package org.mandate.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attoparser.config.ParseConfiguration;
import org.attoparser.simple.AbstractSimpleMarkupHandler;
import org.attoparser.simple.SimpleMarkupParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-visible string comes from the message bundles, in Vietnamese and English: each
 * module's two bundles have the same keys with non-empty values, every key a template uses exists,
 * and no template carries literal text or literal title/placeholder/aria-label/alt attributes.
 */
class I18nTests {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert",
            "sec:authentication");
    private static final Set<String> LABEL_ATTRIBUTES = Set.of("title", "placeholder", "aria-label", "alt", "value");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}");

    @Test
    void everyModuleBundleHasTheSameKeysInVietnameseAndEnglish() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path vi : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                Path en = vi.resolveSibling(vi.getFileName().toString().replace(".properties", "_en.properties"));
                Properties viProps = load(vi);
                Properties enProps = load(en);
                Set<String> onlyVi = new TreeSet<>(viProps.stringPropertyNames());
                onlyVi.removeAll(enProps.stringPropertyNames());
                Set<String> onlyEn = new TreeSet<>(enProps.stringPropertyNames());
                onlyEn.removeAll(viProps.stringPropertyNames());
                onlyVi.forEach(k -> problems.add(en.getFileName() + " lacks " + k));
                onlyEn.forEach(k -> problems.add(vi.getFileName() + " lacks " + k));
                viProps.forEach((k, v) -> {
                    if (v.toString().isBlank()) {
                        problems.add(vi.getFileName() + " has an empty " + k);
                    }
                });
                enProps.forEach((k, v) -> {
                    if (v.toString().isBlank()) {
                        problems.add(en.getFileName() + " has an empty " + k);
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyATemplateUsesExistsInBothLanguages() throws IOException {
        Set<String> vi = new HashSet<>();
        Set<String> en = new HashSet<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path file : files.toList()) {
                (file.getFileName().toString().endsWith("_en.properties") ? en : vi)
                        .addAll(load(file).stringPropertyNames());
            }
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher matcher = KEY_IN_TEMPLATE.matcher(Files.readString(template));
            while (matcher.find()) {
                String key = matcher.group(1);
                if (!vi.contains(key) || !en.contains(key)) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * Each message prefix a template completes with a value ({@code #{'delivery.status.' + ${s}}}),
     * and the enum whose constants it is completed with. A template that starts translating a new
     * enum must name it here, so that the check below covers it.
     */
    private static final Map<String, String> ENUM_LABELS = Map.ofEntries(
            Map.entry("access.role.", "org.mandate.access.Role"),
            Map.entry("delivery.acceptance.", "org.mandate.delivery.Product$Acceptance"),
            Map.entry("delivery.completion.", "org.mandate.delivery.Completion$Decision"),
            Map.entry("delivery.extension.", "org.mandate.delivery.Extension$Decision"),
            Map.entry("delivery.kind.", "org.mandate.delivery.PlanItemKind"),
            Map.entry("delivery.productType.", "org.mandate.delivery.ProductType"),
            Map.entry("delivery.schedule.type.", "org.mandate.shared.PeriodType"),
            Map.entry("delivery.status.", "org.mandate.delivery.TaskStatus"),
            Map.entry("indicator.aggregation.", "org.mandate.indicator.Aggregation"),
            Map.entry("indicator.direction.", "org.mandate.indicator.Direction"),
            Map.entry("indicator.importPage.format.", "org.mandate.indicator.io.ValueFormat"),
            Map.entry("indicator.importPage.phase.", "org.mandate.indicator.ImportProgress$Phase"),
            Map.entry("indicator.kind.", "org.mandate.indicator.ValueKind"),
            Map.entry("indicator.state.", "org.mandate.indicator.DataState"),
            Map.entry("indicator.status.", "org.mandate.indicator.ForecastStatus"),
            Map.entry("indicator.targetKind.", "org.mandate.indicator.TargetKind"),
            Map.entry("indicator.taskStatus.", "org.mandate.delivery.TaskStatus"),
            Map.entry("indicator.termMode.", "org.mandate.indicator.TermMode"),
            Map.entry("indicator.verdict.", "org.mandate.indicator.Verdict"),
            Map.entry("notification.rule.", "org.mandate.notification.ReminderRule"),
            Map.entry("organization.committee.", "org.mandate.organization.Committee"),
            Map.entry("organization.import.what.", "org.mandate.organization.web.ImportPages$What"),
            Map.entry("organization.kind.", "org.mandate.organization.ReorganisationKind"),
            Map.entry("organization.type.", "org.mandate.organization.OrgUnitType"));

    /**
     * Prefixes completed with codes that are not enums, each kept next to the code that writes it:
     * the audit's actions and entity types (checked against the sources below), a product's history
     * actions and changed fields ({@code ProductWork}), a forecast's rate unit and method ({@code Forecast}).
     */
    private static final Set<String> CODE_LABELS = Set.of("audit.action.", "audit.entityType.",
            "delivery.productAction.", "delivery.productField.", "indicator.rate.", "indicator.method.");

    private static final Pattern DYNAMIC_KEY = Pattern.compile("'([a-zA-Z0-9.]+\\.)' *\\+");

    @Test
    void everyEnumATemplateShowsHasALabelForEachValueInBothLanguages() throws Exception {
        Set<String> prefixes = new TreeSet<>();
        for (Path template : templates()) {
            Matcher matcher = DYNAMIC_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                prefixes.add(matcher.group(1));
            }
        }
        Set<String> undeclared = new TreeSet<>(prefixes);
        undeclared.removeAll(ENUM_LABELS.keySet());
        undeclared.removeAll(CODE_LABELS);
        assertThat(undeclared).as("template label prefixes that name no enum here").isEmpty();

        Properties vi = allMessages(false);
        Properties en = allMessages(true);
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> entry : ENUM_LABELS.entrySet()) {
            for (Object constant : Class.forName(entry.getValue()).getEnumConstants()) {
                String key = entry.getKey() + ((Enum<?>) constant).name();
                if (!vi.containsKey(key)) {
                    missing.add("vi " + key);
                }
                if (!en.containsKey(key)) {
                    missing.add("en " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyAuditActionAndEntityTypeTheApplicationRecordsHasALabelInBothLanguages() throws IOException {
        Set<String> actions = new TreeSet<>();
        Set<String> entityTypes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                collect(ACTION_METHOD, code, UPPER_CODE, actions);
                collect(ENTITY_TYPE_METHOD, code, TYPE_NAME, entityTypes);
                Matcher recorded = RECORDED.matcher(code);
                while (recorded.find()) {
                    collect(UPPER_CODE, recorded.group(1), actions);
                    if (recorded.group(2) != null) {
                        entityTypes.add(recorded.group(2));
                    }
                }
            }
        }
        assertThat(actions).as("action codes found in the sources")
                .contains("DATA_VALUE_APPROVED", "REORGANISATION_APPLIED", "ACCESS_DENIED", "VERDICT_OVERRIDDEN");
        assertThat(entityTypes).contains("OrgUnit", "Target", "Account");
        Properties vi = allMessages(false);
        Properties en = allMessages(true);
        List<String> missing = new ArrayList<>();
        actions.forEach(a -> checkLabel("audit.action." + a, vi, en, missing));
        entityTypes.forEach(t -> checkLabel("audit.entityType." + t, vi, en, missing));
        assertThat(missing).isEmpty();
    }

    /** {@code String action() { … }}: the codes an event's action method returns. */
    private static final Pattern ACTION_METHOD = Pattern.compile("String action\\(\\)\\s*\\{(.*?)\\n    }", Pattern.DOTALL);
    private static final Pattern ENTITY_TYPE_METHOD = Pattern.compile("String entityType\\(\\)\\s*\\{(.*?)\\n    }",
            Pattern.DOTALL);
    /** {@code new ChangeRecorded(<action expression>, "EntityType", …)} and {@code new DataValueChanged(<action>, …)}. */
    private static final Pattern RECORDED = Pattern.compile(
            "new (?:ChangeRecorded|DataValueChanged)\\(([^,]*),\\s*(?:\"([A-Za-z]+)\")?");
    private static final Pattern UPPER_CODE = Pattern.compile("\"([A-Z][A-Z0-9_]+)\"");
    private static final Pattern TYPE_NAME = Pattern.compile("\"([A-Za-z]+)\"");

    private static void collect(Pattern outer, String code, Pattern inner, Set<String> into) {
        Matcher matcher = outer.matcher(code);
        while (matcher.find()) {
            collect(inner, matcher.group(1), into);
        }
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static void checkLabel(String key, Properties vi, Properties en, List<String> missing) {
        if (!vi.containsKey(key)) {
            missing.add("vi " + key);
        }
        if (!en.containsKey(key)) {
            missing.add("en " + key);
        }
    }

    private static Properties allMessages(boolean english) throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path file : files.toList()) {
                if (file.getFileName().toString().endsWith("_en.properties") == english) {
                    all.putAll(load(file));
                }
            }
        }
        return all;
    }

    @Test
    void templatesHaveNoLiteralText() throws Exception {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            literals.addAll(literalTextIn(template));
        }
        assertThat(literals).isEmpty();
    }

    @Test
    void theLiteralTextCheckCatchesHardCodedText() throws Exception {
        Path sample = Files.createTempFile("sample", ".html");
        Files.writeString(sample, """
                <div><p th:text="#{a.b}">placeholder is fine</p><p>Hard-coded</p>
                <input placeholder="Search"><span title="x" th:title="#{a.c}"></span></div>""");
        assertThat(literalTextIn(sample)).hasSize(2)
                .anySatisfy(s -> assertThat(s).contains("Hard-coded"))
                .anySatisfy(s -> assertThat(s).contains("placeholder=Search"));
    }

    private static List<String> literalTextIn(Path template) throws Exception {
        List<String> found = new ArrayList<>();
        Deque<Boolean> replaced = new ArrayDeque<>();
        String name = template.getFileName().toString();
        SimpleMarkupParser parser = new SimpleMarkupParser(ParseConfiguration.htmlConfiguration());
        try (Reader reader = Files.newBufferedReader(template, StandardCharsets.UTF_8)) {
            parser.parse(reader, new AbstractSimpleMarkupHandler() {
                @Override
                public void handleOpenElement(String element, Map<String, String> attributes, int line, int col) {
                    checkAttributes(attributes, line);
                    boolean parentReplaced = !replaced.isEmpty() && replaced.peek();
                    boolean replaces = attributes != null && attributes.keySet().stream().anyMatch(REPLACING::contains);
                    boolean rawContent = element.equalsIgnoreCase("script") || element.equalsIgnoreCase("style");
                    replaced.push(parentReplaced || replaces || rawContent);
                }

                @Override
                public void handleStandaloneElement(String element, Map<String, String> attributes, boolean minimized,
                                                    int line, int col) {
                    checkAttributes(attributes, line);
                }

                @Override
                public void handleCloseElement(String element, int line, int col) {
                    if (!replaced.isEmpty()) {
                        replaced.pop();
                    }
                }

                @Override
                public void handleAutoCloseElement(String element, int line, int col) {
                    handleCloseElement(element, line, col);
                }

                @Override
                public void handleText(char[] buffer, int offset, int len, int line, int col) {
                    String text = new String(buffer, offset, len).strip();
                    boolean inReplaced = !replaced.isEmpty() && replaced.peek();
                    if (!inReplaced && LETTERS.matcher(text).find()) {
                        found.add(name + ":" + line + " text '" + text + "'");
                    }
                }

                private void checkAttributes(Map<String, String> attributes, int line) {
                    if (attributes == null) {
                        return;
                    }
                    for (String attribute : LABEL_ATTRIBUTES) {
                        String value = attributes.get(attribute);
                        boolean translated = attributes.containsKey("th:" + attribute)
                                || attributes.keySet().stream().anyMatch(a -> a.startsWith("th:attr"));
                        if (value != null && !translated && LETTERS.matcher(value).find()
                                && !attribute.equals("value")) {
                            found.add(name + ":" + line + " " + attribute + "=" + value);
                        }
                    }
                }
            });
        }
        return found;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
