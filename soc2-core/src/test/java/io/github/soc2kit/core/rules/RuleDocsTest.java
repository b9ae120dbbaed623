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
 * The build prints "see docs/rules/&lt;id&gt;.md" for every rule that reported something: each rule has that page, each
 * page starts with its id and is listed in docs/rules/README.md, and the list links no page that is missing.
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
