package io.github.soc2kit.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.api.RenderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example repository renders, and every internal link of its site points at a file and anchor that exist. */
class ExampleSiteTest {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    @TempDir
    Path temp;

    @Test
    void example_repository_renders_a_page_per_policy_and_control_with_no_broken_internal_link() {
        RenderResult result =
                RenderFixtures.render(Path.of("../example-repo"), temp.resolve("site"), RenderFixtures.report());
        assertThat(result.report().hasErrors()).isFalse();
        Map<String, byte[]> site = RenderFixtures.read(temp.resolve("site"));
        assertThat(site.keySet().stream().filter(p -> p.startsWith("policies/")))
                .hasSize(10);
        assertThat(site.keySet().stream().filter(p -> p.startsWith("controls/")))
                .hasSize(45);
        assertThat(site.entrySet().stream()
                        .filter(e -> e.getKey().endsWith(".html"))
                        .filter(e -> !new String(e.getValue(), StandardCharsets.UTF_8).contains("as of 2026-06-30"))
                        .map(Map.Entry::getKey))
                .as("pages that do not state the as-of date of the report")
                .isEmpty();
        List<String> broken = new ArrayList<>();
        site.forEach((page, bytes) -> {
            if (!page.endsWith(".html")) {
                return;
            }
            Matcher m = HREF.matcher(new String(bytes, StandardCharsets.UTF_8));
            while (m.find()) {
                String href = m.group(1);
                if (href.startsWith("https://") || href.startsWith("http://") || href.startsWith("mailto:")) {
                    continue;
                }
                int hash = href.indexOf('#');
                String file = hash < 0 ? href : href.substring(0, hash);
                String target = file.isEmpty()
                        ? page
                        : Path.of(page)
                                .resolveSibling(file)
                                .normalize()
                                .toString()
                                .replace('\\', '/');
                if (page.indexOf('/') < 0 && !file.isEmpty()) {
                    target = Path.of(file).normalize().toString().replace('\\', '/');
                }
                if (!site.containsKey(target)) {
                    broken.add(page + " -> " + href);
                } else if (hash >= 0
                        && !new String(site.get(target), StandardCharsets.UTF_8)
                                .contains("id=\"" + href.substring(hash + 1) + "\"")) {
                    broken.add(page + " -> " + href + " (no such anchor)");
                }
            }
        });
        assertThat(broken).isEmpty();
    }
}
