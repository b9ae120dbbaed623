package io.github.soc2kit.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.api.RenderResult;
import io.github.soc2kit.core.assess.VerifyReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page kind of the site, rendered from render/basic/input and compared byte for byte with
 * render/&lt;case&gt;/expected. The PDF is left out (its structure is tested in {@link PdfWriterTest}). After a
 * deliberate change, regenerate with {@code -Dsoc2.golden.update=true} and review the diff.
 */
class SiteGoldenTest {

    private static final boolean UPDATE = Boolean.getBoolean("soc2.golden.update");

    @TempDir
    Path temp;

    @Test
    void site_without_findings_matches_golden_files() throws IOException {
        check("basic", null);
    }

    @Test
    void site_with_findings_and_remediation_matches_golden_files() throws IOException {
        check("findings", RenderFixtures.report());
    }

    private void check(String name, @Nullable VerifyReport report) throws IOException {
        Path repository = RenderFixtures.repository(temp.resolve("repo"));
        RenderResult result = RenderFixtures.render(repository, temp.resolve("site"), report);
        assertThat(result.report().findings()).isEmpty();
        Map<String, byte[]> actual = RenderFixtures.read(temp.resolve("site"));
        actual.remove("policies.pdf");
        Path golden = Path.of("src/test/resources/render", name, "expected");
        if (UPDATE) {
            update(golden, actual);
        }
        Map<String, byte[]> expected = RenderFixtures.read(UPDATE ? golden : Fixtures.resource("render/" + name + "/expected"));
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        for (String path : expected.keySet()) {
            assertThat(new String(actual.get(path), StandardCharsets.UTF_8))
                    .as("%s differs from render/%s/expected/%s; if the change is intended, run with -Dsoc2.golden.update=true",
                            path, name, path)
                    .isEqualTo(new String(expected.get(path), StandardCharsets.UTF_8));
            assertThat(actual.get(path)).as(path).isEqualTo(expected.get(path));
        }
    }

    private static void update(Path folder, Map<String, byte[]> files) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
    }
}
