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
