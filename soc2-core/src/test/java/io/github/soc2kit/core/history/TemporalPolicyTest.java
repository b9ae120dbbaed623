package io.github.soc2kit.core.history;

import static io.github.soc2kit.core.history.GitFixture.ANA;
import static io.github.soc2kit.core.history.GitFixture.BEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.assess.ControlResult;
import io.github.soc2kit.core.assess.Judge;
import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.drift.DriftEngine;
import io.github.soc2kit.core.evidence.EvidenceReader;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.expr.Conditions;
import io.github.soc2kit.core.load.RepositoryLoader;
import io.github.soc2kit.core.load.SchemaValidator;
import io.github.soc2kit.core.model.PolicyRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each pull request is judged against required_approvals as in force on its merge day: 1 until the pull request
 * that raised it to 2 was merged on 1 March (Europe/Berlin).
 */
class TemporalPolicyTest {

    @TempDir
    Path temp;

    private final List<EvidenceRecord> pulls = new ArrayList<>();

    private void pull(String key, String mergedAt, long approvals) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("base", Map.of("ref", "main"));
        fields.put("merged_at", mergedAt);
        fields.put("independent_approvals", approvals);
        pulls.add(new EvidenceRecord(
                key, null, null, fields, new SourcePosition("evidence/github-pulls", pulls.size() + 1, 1)));
    }

    private static void approvals(Path root, int from, int to) throws IOException {
        Path file = root.resolve("policies/change-management.yaml");
        Files.writeString(
                file, Files.readString(file).replace("required_approvals: " + from, "required_approvals: " + to));
    }

    private Judge.Result run(Path root, boolean withHistory) {
        PolicyRepository repo =
                new RepositoryLoader(new SchemaValidator()).load(root).repository();
        RepositoryHistory history =
                new GitHistory().read(root, ZoneId.of("Europe/Berlin"), LocalDate.parse("2026-01-01"));
        Map<String, ParameterTimeline> timelines = withHistory ? Timelines.of(repo, history) : Map.of();
        EvidenceReader fake = (source, context, sink) -> {
            if (source.id().equals("github-pulls")) {
                pulls.forEach(sink);
            }
        };
        return Judge.judge(
                repo,
                new DriftEngine(new Conditions(), format -> fake).run(repo, root, timelines, Fixtures.AFTER_PERIOD),
                Fixtures.AFTER_PERIOD);
    }

    private Path repository() throws IOException {
        Path root = Fixtures.repository(temp.resolve("repo"), Fixtures.resource("drift/basic"));
        try (GitFixture git = GitFixture.init(root)) {
            approvals(root, 2, 1);
            git.commit("2025-12-01T09:00:00Z", BEN, "Policies\n\nApproved-by: Ana Lind <ana@tiny.example>\n");
            git.branch("two-approvals");
            approvals(root, 1, 2);
            git.commit("2026-02-27T09:00:00Z", BEN, "Require two approvals");
            git.checkout("main");
            git.mergePullRequest("two-approvals", 7, "2026-02-28T23:30:00Z", ANA);
        }
        pull("101", "2026-02-10T10:00:00Z", 1);
        pull("102", "2026-02-28T22:00:00Z", 1);
        pull("103", "2026-03-01T08:00:00Z", 1);
        pull("104", "2026-03-10T10:00:00Z", 2);
        return root;
    }

    private static List<String> deviations(Judge.Result result) {
        return result.findings().stream()
                .filter(f -> f.ruleId().equals("population-deviation"))
                .map(f -> f.format())
                .toList();
    }

    @Test
    void each_record_is_judged_against_the_value_in_force_on_its_day() throws IOException {
        Judge.Result result = run(repository(), true);
        ControlResult chg01 = result.controls().stream()
                .filter(c -> c.id().equals("CHG-01"))
                .findFirst()
                .orElseThrow();
        assertThat(chg01.population()).isEqualTo(4);
        assertThat(chg01.deviationKeys()).containsExactly("103");
        assertThat(deviations(result))
                .containsExactly("controls/CHG-01.yaml:9:1: error: CHG-01: 1 of 4 records (25.0 %)"
                        + " deviate: changes are approved before merge: 103 (does not meet 'record.independent_approvals >="
                        + " policy.required_approvals' under required_approvals=2) [population-deviation]");
    }

    @Test
    void without_history_the_current_value_applies_on_every_day() throws IOException {
        Judge.Result result = run(repository(), false);
        assertThat(deviations(result))
                .containsExactly("controls/CHG-01.yaml:9:1: error: CHG-01: 3 of 4 records (75.0 %)"
                        + " deviate: changes are approved before merge: 101, 102, 103 (does not meet"
                        + " 'record.independent_approvals >= policy.required_approvals') [population-deviation]");
    }
}
