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
 * Every page kind of both sites, rendered from render/basic/input and compared byte for byte: the public site with
 * render/basic/expected, the internal one with render/findings/expected. The PDF is left out (its structure is tested
 * in {@link PdfWriterTest}). After a deliberate change, regenerate with {@code -Dsoc2.golden.update=true} and review
 * the diff.
 */
class SiteGoldenTest {

    @TempDir
    Path temp;

    @Test
    void public_site_matches_golden_files_and_no_internal_site_is_written_without_findings() {
        Map<String, byte[]> site = render(null);
        Golden.assertFolderMatches("render/basic/expected", site);
        assertThat(RenderFixtures.internal(temp.resolve("site"))).doesNotExist();
    }

    @Test
    void findings_change_nothing_in_the_public_site_and_make_the_internal_one() {
        Map<String, byte[]> site = render(RenderFixtures.report());
        Golden.assertFolderMatches("render/basic/expected", site);
        Map<String, byte[]> internal = RenderFixtures.read(RenderFixtures.internal(temp.resolve("site")));
        assertThat(internal.get("policies.pdf"))
                .isEqualTo(RenderFixtures.read(temp.resolve("site")).get("policies.pdf"));
        internal.remove("policies.pdf");
        Golden.assertFolderMatches("render/findings/expected", internal);
    }

    /** Renders the fixture and reads the public site back, without its PDF. */
    private Map<String, byte[]> render(@Nullable VerifyReport report) {
        Path repository = RenderFixtures.repository(temp.resolve("repo"));
        RenderResult result = RenderFixtures.render(repository, temp.resolve("site"), report);
        assertThat(result.report().findings()).isEmpty();
        Map<String, byte[]> actual = RenderFixtures.read(temp.resolve("site"));
        actual.remove("policies.pdf");
        return actual;
    }
}
