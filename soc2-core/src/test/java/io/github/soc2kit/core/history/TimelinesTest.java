package io.github.soc2kit.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.load.RepositoryLoader;
import io.github.soc2kit.core.load.SchemaValidator;
import io.github.soc2kit.core.load.Snapshots;
import io.github.soc2kit.core.model.Policy;
import io.github.soc2kit.core.model.PolicyRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parameters of a policy over time, from its versions. */
class TimelinesTest {

    @TempDir
    Path temp;

    private static String text(String parameters) {
        return """
                id: access-control
                title: Access Control Policy
                version: '2.1'
                owner: ben@tiny.example
                approval:
                  by: ana@tiny.example
                  on: 2025-12-01
                review: annual
                parameters:
                %s
                sections:
                  - title: Leavers
                    text: Access is revoked in time.
                """.formatted(parameters.indent(2).stripTrailing());
    }

    private static FileVersion version(String day, String parameters) {
        Policy policy = new Snapshots()
                .policy("policies/access-control.yaml", text(parameters))
                .orElseThrow();
        return new FileVersion(
                "policies/access-control.yaml",
                "0".repeat(40),
                Instant.parse(day + "T09:00:00Z"),
                "",
                "",
                "",
                null,
                LocalDate.parse(day),
                policy,
                null);
    }

    @Test
    void a_parameter_added_during_the_period_applies_before_it_too_and_changed_values_keep_their_days() {
        PolicyRepository repo = new RepositoryLoader(new SchemaValidator())
                .load(Fixtures.repository(temp.resolve("repo")))
                .repository();
        RepositoryHistory history = new RepositoryHistory(
                true,
                null,
                List.of(
                        version("2026-01-05", "revocation_days: 5"),
                        version("2026-03-01", "revocation_days: 1\nreview_min_systems: 4"),
                        version("2026-04-01", "revocation_days: 1\nreview_min_systems: 5")),
                List.of());

        ParameterTimeline timeline = Timelines.of(repo, history).get("access-control");

        assertThat(timeline.at(LocalDate.parse("2026-02-10")))
                .isEqualTo(Map.of("revocation_days", 5L, "review_min_systems", 4L));
        assertThat(timeline.at(LocalDate.parse("2026-03-10")))
                .isEqualTo(Map.of("revocation_days", 1L, "review_min_systems", 4L));
        assertThat(timeline.at(LocalDate.parse("2026-04-10")))
                .isEqualTo(Map.of("revocation_days", 1L, "review_min_systems", 5L));
        assertThat(timeline.changed()).containsExactly("review_min_systems", "revocation_days");
    }

    @Test
    void an_old_value_takes_the_type_of_the_current_one_and_one_of_another_kind_counts_as_absent() throws IOException {
        String current = "revocation_days: 1\nmin_coverage: 0.9\nreview_min_systems: 5";
        Path root = Fixtures.repository(temp.resolve("repo"));
        Files.writeString(root.resolve("policies/access-control.yaml"), text(current));
        PolicyRepository repo =
                new RepositoryLoader(new SchemaValidator()).load(root).repository();
        RepositoryHistory history = new RepositoryHistory(
                true,
                null,
                List.of(
                        version("2026-01-05", "revocation_days: one day\nmin_coverage: 1\nreview_min_systems: 3.0"),
                        version("2026-03-01", current)),
                List.of());

        ParameterTimeline timeline = Timelines.of(repo, history).get("access-control");

        assertThat(timeline.at(LocalDate.parse("2026-02-10")))
                .isEqualTo(Map.of("revocation_days", 1L, "min_coverage", 1.0, "review_min_systems", 3L));
        assertThat(timeline.changed()).containsExactly("min_coverage", "review_min_systems");
    }
}
