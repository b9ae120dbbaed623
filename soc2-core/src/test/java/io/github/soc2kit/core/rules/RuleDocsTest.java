package io.github.soc2kit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build prints "see docs/rules/&lt;id&gt;.md" for every rule that reported something: each rule and each finding of
 * the engine has that page, each page starts with its id and is listed in docs/rules/README.md, and the list links
 * no page that is missing.
 */
class RuleDocsTest {

    private static final Path DOCS = Path.of("..", "docs", "rules");

    private static Set<String> pages() throws IOException {
        try (Stream<Path> files = Files.list(DOCS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md") && !n.equals("README.md"))
                    .map(n -> n.substring(0, n.length() - ".md".length())).collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    @Test
    void every_rule_has_a_page_that_starts_with_its_id() throws IOException {
        List<String> ids = Stream.of(Rules.all().stream().map(Rule::id), Rules.practice().stream().map(Rule::id),
                Rules.history().stream().map(HistoryRule::id)).flatMap(s -> s).toList();
        assertThat(ids).hasSizeGreaterThan(15);
        assertThat(pages()).containsAll(ids);
        for (String page : pages()) {
            assertThat(Files.readAllLines(DOCS.resolve(page + ".md")).get(0)).as(page).isEqualTo("# " + page);
        }
    }

    /**
     * The rule ids the main sources report findings under: literals and constants given to {@code Finding}, and
     * {@code <kind>-deviation} for each test kind that reads evidence.
     */
    private static Set<String> reported() throws IOException {
        StringBuilder sources = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.append(Files.readString(file)).append('\n');
            }
        }
        Set<String> ids = new TreeSet<>();
        Set<String> constants = new TreeSet<>();
        Matcher firstArgument = Pattern.compile("(?:Finding\\.(?:error|warning|note)|new Finding)\\(\\s*(?:\"([a-z-]+)\"|(?:\\w+\\.)?([A-Z_]+)),")
                .matcher(sources);
        while (firstArgument.find()) {
            if (firstArgument.group(1) != null) {
                ids.add(firstArgument.group(1));
            } else {
                constants.add(firstArgument.group(2));
            }
        }
        Matcher constant = Pattern.compile("static final String ([A-Z_]+) = \"([a-z-]+)\";").matcher(sources);
        while (constant.find()) {
            if (constants.contains(constant.group(1))) {
                ids.add(constant.group(2));
            }
        }
        Stream.of("periodic", "population", "timeliness", "reconciliation", "continuity", "config")
                .forEach(kind -> ids.add(kind + "-deviation"));
        return ids;
    }

    @Test
    void every_finding_the_engine_reports_has_a_page() throws IOException {
        Set<String> ids = reported();
        assertThat(ids).contains("schema", "yaml-syntax", "exception-unused", "evidence-missing", "check-failed",
                "history-shallow", "owner-handoff-missing");
        assertThat(pages()).containsAll(ids);
    }

    @Test
    void the_index_lists_every_page_and_links_none_that_is_missing() throws IOException {
        Matcher links = Pattern.compile("^\\| \\[([a-z-]+)]\\(\\1\\.md\\) \\|", Pattern.MULTILINE)
                .matcher(Files.readString(DOCS.resolve("README.md")));
        Set<String> listed = new TreeSet<>();
        while (links.find()) {
            listed.add(links.group(1));
        }
        assertThat(listed).isEqualTo(pages());
    }
}
