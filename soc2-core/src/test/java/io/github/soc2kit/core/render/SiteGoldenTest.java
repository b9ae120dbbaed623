package io.github.soc2kit.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Golden;
import io.github.soc2kit.core.api.RenderResult;
import io.github.soc2kit.core.assess.VerifyReport;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page kind of the site, rendered from render/basic/input and compared byte for byte with
 * render/&lt;case&gt;/expected. The PDF is left out (its structure is tested in {@link PdfWriterTest}). After a
 * deliberate change, regenerate with {@code -Dsoc2.golden.update=true} and review the diff.
 */
class SiteGoldenTest {

    @TempDir
    Path temp;

    @Test
    void site_without_findings_matches_golden_files() {
        check("basic", null);
    }

    @Test
    void site_with_findings_and_remediation_matches_golden_files() {
        check("findings", RenderFixtures.report());
    }

    private void check(String name, @Nullable VerifyReport report) {
        Path repository = RenderFixtures.repository(temp.resolve("repo"));
        RenderResult result = RenderFixtures.render(repository, temp.resolve("site"), report);
        assertThat(result.report().findings()).isEmpty();
        Map<String, byte[]> actual = RenderFixtures.read(temp.resolve("site"));
        actual.remove("policies.pdf");
        Golden.assertFolderMatches("render/" + name + "/expected", actual);
    }
}
