package io.github.soc2kit.core.history;

import static io.github.soc2kit.core.history.GitFixture.ANA;
import static io.github.soc2kit.core.history.GitFixture.BEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.api.PolicyRenderer;
import io.github.soc2kit.core.api.RenderRequest;
import io.github.soc2kit.core.api.Soc2Listener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policy page lists the policy's versions from git, newest first; a version without approval evidence in git
 * says what the file records, and so does the header; the footer names the commit rendered.
 */
class ChangeHistoryPageTest {

    @TempDir
    Path temp;

    @Test
    void policy_page_shows_the_change_history_from_git() throws IOException {
        Path root = Fixtures.repository(temp.resolve("repo"));
        RevCommit first;
        RevCommit merge;
        RevCommit direct;
        try (GitFixture git = GitFixture.init(root)) {
            first = git.commit("2025-12-01T09:00:00Z", BEN, "Policies\n\nApproved-by: Ana Lind <ana@tiny.example>\n");
            git.branch("v1.1");
            Path v11 = root.resolve("policies/change-management.yaml");
            Files.writeString(v11, Files.readString(v11).replace("version: '1.0'", "version: '1.1'"));
            git.commit("2026-02-20T09:00:00Z", BEN, "Version 1.1");
            git.checkout("main");
            merge = git.mergePullRequest("v1.1", 9, "2026-02-21T09:00:00Z", ANA);
            Path file = root.resolve("policies/change-management.yaml");
            Files.writeString(file, Files.readString(file).replace("version: '1.1'", "version: '1.2'"));
            direct = git.commit("2026-03-10T09:00:00Z", BEN, "Version 1.2, pushed by ben@tiny.example without review");
        }
        new PolicyRenderer()
                .render(new RenderRequest(
                        root,
                        root.resolve("target"),
                        temp.resolve("site"),
                        temp.resolve("site-internal"),
                        null,
                        Fixtures.AFTER_PERIOD,
                        Soc2Listener.NONE));
        String page = Files.readString(temp.resolve("site/policies/change-management.html"));
        assertThat(page)
                .contains("<tbody>\n"
                        + "<tr><td>1.2</td><td><time>2026-03-10</time></td><td><code>"
                        + direct.abbreviate(7).name() + "</code></td><td><time>2026-03-10</time></td>"
                        + "<td>Ben Okafor</td><td>none in git; the file records Ana Lind on 2025-12-01</td>"
                        + "<td>Version 1.2, pushed by Ben Okafor without review</td></tr>\n"
                        + "<tr><td>1.1</td><td><time>2026-02-21</time></td><td><code>"
                        + merge.abbreviate(7).name() + "</code></td><td><time>2026-02-21</time></td>"
                        + "<td>Ana Lima</td><td>pull request #9</td><td>Merge pull request #9 from tiny/v1.1</td></tr>\n"
                        + "<tr><td>1.0</td><td><time>2025-12-01</time></td><td><code>"
                        + first.abbreviate(7).name() + "</code></td><td><time>2025-12-01</time></td>"
                        + "<td>Ben Okafor</td><td>Approved-by: Ana Lind</td><td>Policies</td></tr>\n"
                        + "</tbody>")
                .contains("<tr><th scope=\"row\">Approved</th><td>by <span class=\"person\">Ana Lind</span><span"
                        + " class=\"role\">, CEO</span> on <time>2025-12-01</time> <span class=\"note\">(as recorded in"
                        + " the policy file; git holds no approval of this version)</span></td></tr>")
                .contains("Rendered by soc2kit from the company's policy repository (commit "
                        + direct.abbreviate(7).name() + "), as of <time>2026-06-30</time>.")
                .doesNotContain("ana@tiny.example");
    }
}
