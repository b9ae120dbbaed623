package io.github.soc2kit.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.api.PolicyRenderer;
import io.github.soc2kit.core.api.RenderRequest;
import io.github.soc2kit.core.api.Soc2Listener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy page lists the policy's versions from git, newest first. */
class ChangeHistoryPageTest {

    @TempDir
    Path temp;

    @Test
    void policy_page_shows_the_change_history_from_git() throws IOException {
        Path root = Fixtures.repository(temp.resolve("repo"));
        GitFixture.PolicyVersions versions = GitFixture.policyVersions(root);
        new PolicyRenderer()
                .render(new RenderRequest(
                        root,
                        root.resolve("target"),
                        temp.resolve("site"),
                        null,
                        Fixtures.AFTER_PERIOD,
                        Soc2Listener.NONE));
        String page = Files.readString(temp.resolve("site/policies/change-management.html"));
        assertThat(page)
                .contains("<tbody>\n"
                        + "<tr><td>1.1</td><td>2026-02-21</td><td><code>"
                        + versions.merge().abbreviate(7).name() + "</code></td><td>2026-02-21</td>"
                        + "<td>Ana Lima</td><td>pull request #9</td><td>Merge pull request #9 from tiny/v1.1</td></tr>\n"
                        + "<tr><td>1.0</td><td>2025-12-01</td><td><code>"
                        + versions.first().abbreviate(7).name() + "</code></td><td>2025-12-01</td>"
                        + "<td>Ben Okafor</td><td>Approved-by: Ana Lind &lt;ana@tiny.example&gt;</td><td>Policies</td></tr>\n"
                        + "</tbody>");
    }
}
