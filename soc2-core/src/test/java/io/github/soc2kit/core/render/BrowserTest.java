package io.github.soc2kit.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.api.EvidenceVerifier;
import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.api.VerifyRequest;
import io.github.soc2kit.core.api.VerifyResults;
import io.github.soc2kit.core.assess.VerifyReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Opens every page of the example repository's two sites (public and internal) in headless Chromium (Debian's
 * {@code chromium} package, at {@code /usr/bin/chromium} or where {@code soc2.chromium} points) and fails on a page
 * that does not load or a broken internal link or anchor, judged on the DOM the browser built. Leaves screenshots of
 * the public index and the internal readiness page at {@code target/example-site-index.png} and
 * {@code target/example-internal-findings.png}. Skipped, with a message, where Chromium is not installed.
 */
class BrowserTest {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");
    private static final Pattern LOADED = Pattern.compile("<pre data-page=\"([^\"]*)\">(.*?)</pre>", Pattern.DOTALL);

    private static final List<String> FLAGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--allow-file-access-from-files");

    @Test
    void every_page_of_the_example_site_loads_in_chromium_with_no_broken_link() throws Exception {
        Path chromium = Path.of(System.getProperty("soc2.chromium", "/usr/bin/chromium"));
        assumeTrue(Files.isExecutable(chromium), "Chromium not installed at " + chromium + ": browser test skipped");
        Path target = Path.of("target").toAbsolutePath();
        Path site = target.resolve("example-site");
        Path example = Path.of("../example-repo");
        VerifyReport report = VerifyResults.report(new EvidenceVerifier()
                .verify(new VerifyRequest(
                        example,
                        example.resolve("target"),
                        target.resolve("example-soc2"),
                        Fixtures.AFTER_PERIOD,
                        Soc2Listener.NONE)));
        assertThat(RenderFixtures.render(example, site, report).report().hasErrors())
                .isFalse();

        Path profile = Files.createTempDirectory(target, "chromium-profile");
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (Path folder : List.of(site, RenderFixtures.internal(site))) {
            pages += open(chromium, profile, folder, problems);
        }
        run(
                chromium,
                profile,
                "--window-size=1280,1400",
                "--screenshot=" + target.resolve("example-site-index.png"),
                site.resolve("index.html").toUri().toString());
        run(
                chromium,
                profile,
                "--window-size=1280,1400",
                "--screenshot=" + target.resolve("example-internal-findings.png"),
                RenderFixtures.internal(site).resolve("findings.html").toUri().toString());

        assertThat(pages).isGreaterThan(120);
        assertThat(problems).isEmpty();
        assertThat(Files.size(target.resolve("example-site-index.png"))).isPositive();
        assertThat(Files.size(target.resolve("example-internal-findings.png"))).isPositive();
    }

    /**
     * Opens every page of the site in {@code site}, adding what does not load or links nowhere; the page count. One
     * Chromium run loads the pages one after the other in a frame of a harness page next to the site, which copies
     * each page's DOM into its own as text: a run per page would start Chromium a hundred times.
     */
    private static int open(Path chromium, Path profile, Path site, List<String> problems)
            throws IOException, InterruptedException {
        List<String> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".html"))
                    .sorted()
                    .toList();
        }
        Path harness = site.resolveSibling(site.getFileName() + "-harness.html");
        Files.writeString(
                harness,
                "<!DOCTYPE html><html><body><div id=\"out\"></div><script>\n"
                        + "const pages = ["
                        + pages.stream()
                                .map(page -> "\"" + site.getFileName() + "/" + page + "\"")
                                .collect(Collectors.joining(","))
                        + "];\n"
                        + "(async () => {\n"
                        + "  for (const p of pages) {\n"
                        + "    const f = document.createElement('iframe');\n"
                        + "    await new Promise(r => { f.onload = r; f.src = p; document.body.appendChild(f); });\n"
                        + "    const pre = document.createElement('pre');\n"
                        + "    pre.setAttribute('data-page', p);\n"
                        + "    try { pre.textContent = f.contentDocument.documentElement.outerHTML; }"
                        + " catch (e) { pre.textContent = 'not loaded: ' + e; }\n"
                        + "    document.getElementById('out').appendChild(pre);\n"
                        + "    f.remove();\n"
                        + "  }\n"
                        + "})();\n"
                        + "</script></body></html>\n");
        String out = run(
                chromium,
                profile,
                "--virtual-time-budget=600000",
                "--dump-dom",
                harness.toUri().toString());
        Map<String, String> dom = new HashMap<>();
        Matcher loaded = LOADED.matcher(out);
        while (loaded.find()) {
            dom.put(loaded.group(1).substring(site.getFileName().toString().length() + 1), text(loaded.group(2)));
        }
        for (String page : pages) {
            String html = dom.getOrDefault(page, "");
            if (!html.contains("</html>") || !html.contains("<h1")) {
                problems.add(site.getFileName() + "/" + page + " did not load");
            }
        }
        for (String page : pages) {
            Matcher m = HREF.matcher(dom.getOrDefault(page, ""));
            while (m.find()) {
                String href = m.group(1);
                if (href.contains("://") || href.startsWith("mailto:")) {
                    continue;
                }
                int hash = href.indexOf('#');
                String file = hash < 0 ? href : href.substring(0, hash);
                String resolved = file.isEmpty()
                        ? page
                        : site.relativize(
                                        site.resolve(page).resolveSibling(file).normalize())
                                .toString()
                                .replace('\\', '/');
                if (!Files.isRegularFile(site.resolve(resolved))) {
                    problems.add(site.getFileName() + "/" + page + " -> " + href + " (no such file)");
                } else if (hash >= 0
                        && dom.containsKey(resolved)
                        && !ids(dom.get(resolved)).contains(href.substring(hash + 1))) {
                    problems.add(site.getFileName() + "/" + page + " -> " + href + " (no such anchor)");
                }
            }
        }
        return pages.size();
    }

    /** The text of an element as the DOM serialises it, back from its escaped form. */
    private static String text(String escaped) {
        return escaped.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&nbsp;", "\u00a0")
                .replace("&amp;", "&");
    }

    private static Set<String> ids(String html) {
        return ID.matcher(html).results().map(r -> r.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String run(Path chromium, Path profile, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(chromium.toString());
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile);
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("chromium finished")
                .isTrue();
        assertThat(process.exitValue())
                .as("chromium exit code for " + String.join(" ", arguments))
                .isZero();
        return out;
    }
}
