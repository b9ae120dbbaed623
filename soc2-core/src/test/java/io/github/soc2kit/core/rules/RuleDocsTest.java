package io.github.soc2kit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.diag.RuleId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One rule, one name, one page: every finding is built from an entry of the rule catalogue ({@link RuleId}), and the
 * build prints "see: soc2kit explain &lt;id&gt;" and the page's address for every rule that reported something. Each entry has that page,
 * starting with its id and its severity; docs/rules/README.md lists exactly the pages there are, with the catalogue's
 * severity and summary; every rule class is named after its entry's id. Every entry has a fixture folder named after
 * its id: {@code rules/<id>/} (see {@link RuleFixturesTest}), or for a {@code <kind>-deviation} {@code checks/<kind>/}
 * (see {@code CheckFixturesTest}), but for the few in {@link #NO_FIXTURE}, each with the test that covers it.
 */
class RuleDocsTest {

    private static final Path DOCS = Path.of("..", "docs", "rules");
    private static final Pattern INDEX_ROW =
            Pattern.compile("^\\| \\[([a-z0-9-]+)]\\(\\1\\.md\\) \\| ([a-z ]+) \\| (.+) \\|$", Pattern.MULTILINE);

    /** The entries without a fixture folder: why, and the test that covers each instead. */
    static final Map<String, String> NO_FIXTURE = Map.of(
            "file-too-large",
            "its fixture would be a YAML file over 4 MB; YamlReaderTest.rejects_a_50_mb_file_before_parsing_it"
                    + " writes one",
            "history-shallow",
            "its fixture would be a shallow clone of a git fixture; GitHistoryTest clones one"
                    + " (a_shallow_clone_that_begins_after_the_period_start_says_what_to_fetch)",
            "file-refused",
            "its fixture would be a link out of the repository, which fixtures copy as a file;"
                    + " FilePolicyTest makes the links at test time");

    private static Set<String> pages() throws IOException {
        try (Stream<Path> files = Files.list(DOCS)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md") && !n.equals("README.md"))
                    .map(n -> n.substring(0, n.length() - ".md".length()))
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    private static Set<String> ids() {
        return Arrays.stream(RuleId.values()).map(RuleId::id).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void every_entry_has_its_own_kebab_case_id_that_its_constant_spells() {
        assertThat(ids()).hasSize(RuleId.values().length);
        assertThat(RuleId.values()).hasSizeGreaterThan(30).allSatisfy(rule -> {
            assertThat(rule.id()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
            assertThat(rule.name()).isEqualTo(rule.id().toUpperCase(Locale.ROOT).replace('-', '_'));
            assertThat(rule.docsPage()).isEqualTo("docs/rules/" + rule.id() + ".md");
        });
    }

    @Test
    void every_entry_has_a_page_that_starts_with_its_id_and_severity_and_every_page_an_entry() throws IOException {
        assertThat(pages()).isEqualTo(ids());
        for (RuleId rule : RuleId.values()) {
            List<String> lines = Files.readAllLines(DOCS.resolve(rule.id() + ".md"));
            assertThat(lines.get(0)).as(rule.id()).isEqualTo("# " + rule.id());
            assertThat(lines)
                    .as(rule.id())
                    .filteredOn(l -> l.startsWith("**Severity:**"))
                    .singleElement()
                    .asString()
                    .startsWith("**Severity:** " + rule.severity().label());
        }
    }

    @Test
    void the_index_lists_every_page_with_the_catalogue_severity_and_summary() throws IOException {
        Matcher rows = INDEX_ROW.matcher(Files.readString(DOCS.resolve("README.md")));
        Map<String, List<String>> listed = new TreeMap<>();
        while (rows.find()) {
            assertThat(listed.put(rows.group(1), List.of(rows.group(2), rows.group(3))))
                    .as(rows.group(1))
                    .isNull();
        }
        assertThat(listed.keySet()).isEqualTo(pages());
        for (RuleId rule : RuleId.values()) {
            assertThat(listed.get(rule.id()).get(0))
                    .as(rule.id())
                    .startsWith(rule.severity().label()); // "error or warning"
            assertThat(listed.get(rule.id()).get(1)).as(rule.id()).isEqualTo(rule.summary());
        }
    }

    /** {@code owner-inactive} is {@code OwnerInactiveRule}. */
    static String className(RuleId rule) {
        return Arrays.stream(rule.id().split("-"))
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining("", "", "Rule"));
    }

    static List<Rule> rules() {
        return Stream.of(Rules.all(), Rules.practice(), Rules.history())
                .flatMap(List::stream)
                .toList();
    }

    @Test
    void every_rule_class_is_named_after_its_id_and_is_run() {
        assertThat(rules())
                .hasSizeGreaterThan(15)
                .allSatisfy(rule -> assertThat(rule.getClass().getSimpleName()).isEqualTo(className(rule.id())));
        assertThat(rules().stream().map(Rule::id)).doesNotHaveDuplicates();
        Set<String> implementations = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.github.soc2kit.core")
                        .stream()
                        .filter(c -> c.isAssignableTo(Rule.class) && !c.isInterface())
                        .map(JavaClass::getSimpleName)
                        .collect(Collectors.toCollection(TreeSet::new));
        assertThat(implementations)
                .as("every Rule is in Rules")
                .isEqualTo(rules().stream()
                        .map(r -> r.getClass().getSimpleName())
                        .collect(Collectors.toCollection(TreeSet::new)));
    }

    private static Set<String> folders(String under) throws IOException {
        try (Stream<Path> dirs = Files.list(Fixtures.resource(under))) {
            return dirs.filter(Files::isDirectory)
                    .map(d -> d.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void every_rule_class_has_a_fixture_folder_and_every_fixture_folder_an_entry() throws IOException {
        Set<String> folders = folders("rules");
        assertThat(folders).containsAll(rules().stream().map(r -> r.id().id()).toList());
        assertThat(ids()).containsAll(folders);
    }

    @Test
    void every_entry_has_a_fixture_folder_named_after_its_id_but_the_listed_exceptions() throws IOException {
        Set<String> rules = folders("rules");
        Set<String> checks = folders("checks");
        Set<String> without = new TreeSet<>();
        for (String id : ids()) {
            boolean folder = id.endsWith("-deviation")
                    ? checks.contains(id.substring(0, id.length() - "-deviation".length()))
                    : rules.contains(id);
            if (!folder) {
                without.add(id);
            }
        }
        assertThat(without)
                .as("entries without rules/<id>/ (or checks/<kind>/ for <kind>-deviation)")
                .isEqualTo(NO_FIXTURE.keySet().stream().collect(Collectors.toCollection(TreeSet::new)));
    }
}
