package io.github.soc2kit.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.api.RenderResult;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.Person;
import io.github.soc2kit.core.model.PolicyRepository;
import io.github.soc2kit.core.rules.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example repository renders its two sites once: the public one publishes nobody's address and nothing from
 * verification, the internal one has both; every internal link of each points at a file and anchor that exist; the
 * elements that hold a control id or a date never wrap; and the public site is world-readable, the internal one not.
 */
class ExampleSiteTest {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Path EXAMPLE = Path.of("../example-repo");

    @TempDir
    static Path temp;

    static Map<String, byte[]> published;
    static Map<String, byte[]> internal;
    static PolicyRepository repository;

    @BeforeAll
    static void render() {
        RenderResult result = RenderFixtures.render(EXAMPLE, temp.resolve("site"), RenderFixtures.report());
        assertThat(result.report().hasErrors()).isFalse();
        published = RenderFixtures.read(temp.resolve("site"));
        internal = RenderFixtures.read(RenderFixtures.internal(temp.resolve("site")));
        repository = Validation.of(EXAMPLE.toAbsolutePath().normalize()).repository();
    }

    /** An HTML page of one of the two sites. */
    private record Page(Map<String, byte[]> site, String path, String text) {}

    /** The HTML pages of both sites. */
    private static List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        for (Map<String, byte[]> site : List.of(published, internal)) {
            site.forEach((path, bytes) -> {
                if (path.endsWith(".html")) {
                    pages.add(new Page(site, path, text(bytes)));
                }
            });
        }
        return pages;
    }

    @Test
    void both_sites_have_a_page_per_policy_and_control_each_stating_the_as_of_date() {
        for (Map<String, byte[]> site : List.of(published, internal)) {
            assertThat(site.keySet().stream().filter(p -> p.startsWith("policies/")))
                    .hasSize(10);
            assertThat(site.keySet().stream().filter(p -> p.startsWith("controls/")))
                    .hasSize(45);
        }
        assertThat(pages().stream()
                        .filter(page -> !page.text().contains("as of <time>2026-06-30</time>"))
                        .map(Page::path))
                .as("pages that do not state the as-of date of the report")
                .isEmpty();
    }

    @Test
    void the_public_site_has_no_address_of_the_roster_and_nothing_from_verification() throws IOException {
        List<String> addresses = repository.people().stream()
                .map(Person::email)
                .map(a -> a.toLowerCase(Locale.ROOT))
                .toList();
        assertThat(addresses).hasSizeGreaterThan(40);
        Map<String, String> texts = new TreeMap<>();
        published.forEach((path, bytes) -> texts.put(path, path.endsWith(".pdf") ? "" : text(bytes)));
        try (PDDocument pdf = Loader.loadPDF(published.get("policies.pdf"))) {
            texts.put("policies.pdf", new PDFTextStripper().getText(pdf));
        }
        List<String> leaks = new ArrayList<>();
        texts.forEach((path, text) -> addresses.stream()
                .filter(text.toLowerCase(Locale.ROOT)::contains)
                .forEach(a -> leaks.add(path + ": " + a)));
        assertThat(leaks).as("roster addresses on the public site").isEmpty();
        assertThat(published.keySet()).noneMatch(p -> p.startsWith("findings") || p.startsWith("remediation/"));
        assertThat(texts)
                .allSatisfy((path, text) -> assertThat(path.endsWith(".html") ? text : "")
                        .as(path)
                        .doesNotContain("Projected opinion", "findings.html", "class=\"status", "internal-banner"));

        assertThat(internal.keySet()).contains("findings.html", "remediation/CHG-01.html");
        assertThat(text(internal.get("index.html"))).contains("Projected opinion", "internal-banner");
        assertThat(text(internal.get("controls/CHG-01.html"))).contains("class=\"status deviation\"");
        assertThat(addresses).anyMatch(text(internal.get("matrix.html"))::contains);
    }

    @Test
    void every_element_that_holds_a_control_id_or_a_date_does_not_wrap() {
        String ids = repository.controls().stream().map(Control::id).collect(Collectors.joining("|"));
        Pattern held = Pattern.compile("(<[^>]*>)\\s*((?:" + ids + ")|\\d{4}-\\d{2}-\\d{2})\\s*</");
        List<String> wrapping = new ArrayList<>();
        for (Page page : pages()) {
            Matcher m = held.matcher(page.text());
            while (m.find()) {
                String tag = m.group(1);
                if (!tag.equals("<time>") && !tag.matches(".*class=\"(id|date)\".*") && !tag.startsWith("<title")) {
                    wrapping.add(page.path() + ": " + tag + m.group(2));
                }
            }
        }
        assertThat(wrapping).as("ids and dates in elements that may wrap").isEmpty();
        assertThat(text(published.get("site.css"))).contains(".id, time, td.date { white-space: nowrap; }");
    }

    @Test
    void the_public_site_is_world_readable_and_the_internal_one_its_owners_alone() throws IOException {
        Path site = temp.resolve("site");
        assertThat(Files.getPosixFilePermissions(site)).isEqualTo(PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(Files.getPosixFilePermissions(site.resolve("controls")))
                .isEqualTo(PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(Files.getPosixFilePermissions(site.resolve("controls/CHG-01.html")))
                .isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
        Path internal = RenderFixtures.internal(site);
        assertThat(Files.getPosixFilePermissions(internal.resolve("remediation")))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(internal.resolve("findings.html")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void no_internal_link_of_either_site_is_broken() {
        List<String> broken = new ArrayList<>();
        for (Page page : pages()) {
            Matcher m = HREF.matcher(page.text());
            while (m.find()) {
                String href = m.group(1);
                if (href.startsWith("https://") || href.startsWith("http://") || href.startsWith("mailto:")) {
                    continue;
                }
                int hash = href.indexOf('#');
                String file = hash < 0 ? href : href.substring(0, hash);
                String target = file.isEmpty()
                        ? page.path()
                        : Path.of(page.path())
                                .resolveSibling(file)
                                .normalize()
                                .toString()
                                .replace('\\', '/');
                if (page.path().indexOf('/') < 0 && !file.isEmpty()) {
                    target = Path.of(file).normalize().toString().replace('\\', '/');
                }
                if (!page.site().containsKey(target)) {
                    broken.add(page.path() + " -> " + href);
                } else if (hash >= 0
                        && !text(page.site().get(target)).contains("id=\"" + href.substring(hash + 1) + "\"")) {
                    broken.add(page.path() + " -> " + href + " (no such anchor)");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
