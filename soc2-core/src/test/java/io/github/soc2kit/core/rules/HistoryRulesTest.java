package io.github.soc2kit.core.rules;

import static io.github.soc2kit.core.history.GitFixture.ANA;
import static io.github.soc2kit.core.history.GitFixture.BEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.history.GitFixture;
import io.github.soc2kit.core.history.GitHistory;
import io.github.soc2kit.core.history.RepositoryHistory;
import io.github.soc2kit.core.load.CatalogueLoader;
import io.github.soc2kit.core.load.RepositoryLoader;
import io.github.soc2kit.core.load.SchemaValidator;
import io.github.soc2kit.core.model.PolicyRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * policy-review-overdue and owner-handoff-missing on the base repository (period 2026-01-01 to 2026-06-30,
 * Europe/Berlin) committed to temporary git repositories.
 */
class HistoryRulesTest {

    @TempDir
    Path temp;

    private List<String> findings(Path root) {
        RepositoryLoader.Result loaded = new RepositoryLoader(new SchemaValidator()).load(root);
        assertThat(loaded.findings()).isEmpty();
        PolicyRepository repo = loaded.repository();
        RepositoryHistory history =
                new GitHistory().read(root, ZoneId.of("Europe/Berlin"), LocalDate.parse("2026-01-01"));
        return Rules.checkHistory(new RuleContext(repo, CatalogueLoader.tsc2017(), history)).stream()
                .map(f -> f.format() + " | " + f.hint())
                .toList();
    }

    private static void approvedOn(Path root, String day) throws IOException {
        Path file = root.resolve("policies/change-management.yaml");
        Files.writeString(file, Files.readString(file).replace("on: 2025-12-01", "on: " + day));
    }

    private static void owner(Path root, String control, String from, String to) throws IOException {
        Path file = root.resolve("controls/" + control + ".yaml");
        Files.writeString(file, Files.readString(file).replace("owner: " + from, "owner: " + to));
    }

    @Test
    void review_overdue_by_approval_date_outside_git() throws IOException {
        Path root = Fixtures.repository(temp.resolve("repo"));
        approvedOn(root, "2025-03-01");
        assertThat(findings(root))
                .containsExactly(
                        "policies/change-management.yaml:6:3: error: policy 'change-management' was last reviewed on 2025-03-01"
                                + " (approval.on); its annual review was due on 2026-03-01, before the end of the observation"
                                + " period on 2026-06-30 [policy-review-overdue] | review the policy, set 'approval.on' to the day"
                                + " of the review, and merge it through an approved pull request");
    }

    @Test
    void review_overdue_names_the_last_approved_commit_when_it_is_later() throws IOException {
        Path root = Fixtures.repository(temp.resolve("repo"));
        approvedOn(root, "2025-03-01");
        try (GitFixture git = GitFixture.init(root)) {
            git.commit("2025-03-01T09:00:00Z", BEN, "Policies");
            Path file = root.resolve("policies/change-management.yaml");
            Files.writeString(file, Files.readString(file).replace("title: Purpose", "title: Why"));
            RevCommit reviewed = git.commit(
                    "2025-05-10T09:00:00Z", BEN, "Annual review\n\nApproved-by: Ana Lind <ana@tiny.example>\n");
            assertThat(findings(root))
                    .containsExactly(
                            "policies/change-management.yaml:6:3: error: policy 'change-management' was last reviewed on 2025-05-10"
                                    + " (commit " + reviewed.abbreviate(7).name()
                                    + ", Approved-by: Ana Lind <ana@tiny.example>); its"
                                    + " annual review was due on 2026-05-10, before the end of the observation period on 2026-06-30"
                                    + " [policy-review-overdue] | review the policy, set 'approval.on' to the day of the review, and"
                                    + " merge it through an approved pull request");
        }
    }

    @Test
    void a_review_merged_through_a_pull_request_is_on_time() throws IOException {
        Path root = Fixtures.repository(temp.resolve("repo"));
        approvedOn(root, "2025-03-01");
        try (GitFixture git = GitFixture.init(root)) {
            git.commit("2025-03-01T09:00:00Z", BEN, "Policies");
            git.branch("review");
            Path file = root.resolve("policies/change-management.yaml");
            Files.writeString(file, Files.readString(file).replace("title: Purpose", "title: Why"));
            git.commit("2026-02-14T09:00:00Z", BEN, "Annual review");
            git.checkout("main");
            git.mergePullRequest("review", 12, "2026-02-15T09:00:00Z", ANA);
            assertThat(findings(root)).isEmpty();
        }
    }

    @Test
    void owner_change_in_git_needs_a_handoff() throws IOException {
        Path root = Fixtures.repository(temp.resolve("repo"));
        try (GitFixture git = GitFixture.init(root)) {
            owner(root, "CHG-02", "ana@tiny.example", "ben@tiny.example");
            git.commit("2025-12-15T09:00:00Z", BEN, "Controls");
            owner(root, "CHG-02", "ben@tiny.example", "ana@tiny.example");
            git.commit("2026-02-03T09:00:00Z", BEN, "CHG-02 goes to Ana (handed over on 2026-02-01)");
            owner(root, "CHG-01", "ben@tiny.example", "ana@tiny.example");
            RevCommit change = git.commit("2026-03-01T23:30:00Z", BEN, "CHG-01 goes to Ana");
            assertThat(findings(root))
                    .containsExactly(
                            "controls/CHG-01.yaml:4:8: error: owner of control 'CHG-01' changed from 'ben@tiny.example' to"
                                    + " 'ana@tiny.example' in commit "
                                    + change.abbreviate(7).name() + " on 2026-03-02, and"
                                    + " registers/handoffs.yaml records no handoff between them within 30 days of the change"
                                    + " [owner-handoff-missing] | add '- { control: CHG-01, from: ben@tiny.example, to:"
                                    + " ana@tiny.example, date: 2026-03-02 }' to registers/handoffs.yaml");
        }
    }

    @Test
    void an_owner_change_before_the_period_needs_no_handoff() throws IOException {
        Path root = Fixtures.repository(temp.resolve("repo"));
        try (GitFixture git = GitFixture.init(root)) {
            owner(root, "CHG-01", "ben@tiny.example", "ana@tiny.example");
            git.commit("2025-10-01T09:00:00Z", BEN, "Controls");
            owner(root, "CHG-01", "ana@tiny.example", "ben@tiny.example");
            git.commit("2025-12-31T09:00:00Z", BEN, "CHG-01 back to Ben");
            assertThat(findings(root)).isEmpty();
        }
    }
}
