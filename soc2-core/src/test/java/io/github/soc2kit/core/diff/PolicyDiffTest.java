package io.github.soc2kit.core.diff;

import static io.github.soc2kit.core.history.GitFixture.BEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.api.DiffRequest;
import io.github.soc2kit.core.api.DiffResult;
import io.github.soc2kit.core.api.PolicyDiff;
import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.diag.InvalidConfigurationException;
import io.github.soc2kit.core.history.GitFixture;
import io.github.soc2kit.core.report.ReportSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** soc2:diff's engine on the base repository committed to git, then changed in the working tree. */
class PolicyDiffTest {

    @TempDir
    Path temp;

    private static void replace(Path root, String file, String from, String to) throws IOException {
        Path path = root.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    private Path repository() throws IOException {
        Path root = Fixtures.repository(temp.resolve("repo"));
        Files.writeString(root.resolve("evidence/sources.yaml"), """
                sources:
                  - id: github-pulls
                    format: json
                    path: evidence/pulls.json
                    fields:
                      key: number
                      timestamp: merged_at
                  - id: hris
                    format: hris-csv
                    path: evidence/hris.csv
                  - id: okta-users
                    format: okta-users
                    path: evidence/okta/users.json
                """);
        Files.writeString(root.resolve("evidence/pulls.json"), """
                [
                  {"number": 1, "base": {"ref": "main"}, "merged_at": "2026-02-01T10:00:00Z", "independent_approvals": 2},
                  {"number": 2, "base": {"ref": "main"}, "merged_at": "2026-02-02T10:00:00Z", "independent_approvals": 1},
                  {"number": 3, "base": {"ref": "main"}, "merged_at": "2026-02-03T10:00:00Z", "independent_approvals": 2},
                  {"number": 4, "base": {"ref": "main"}, "merged_at": "2026-02-04T10:00:00Z", "independent_approvals": 2}
                ]
                """);
        try (GitFixture git = GitFixture.init(root)) {
            git.commit("2025-12-01T09:00:00Z", BEN, "Policies");
        }
        return root;
    }

    /** The diff of the repository at {@code root} against {@code base} (its default when null), as of the period's end. */
    private DiffResult diff(Path root, @Nullable String base) {
        return new PolicyDiff()
                .diff(new DiffRequest(
                        root,
                        root.resolve("target"),
                        base,
                        temp.resolve("out"),
                        Fixtures.AFTER_PERIOD,
                        Soc2Listener.NONE));
    }

    @Test
    void reports_loosened_parameters_missing_version_bumps_and_changed_conditions_with_their_drift()
            throws IOException {
        Path root = repository();
        replace(root, "policies/change-management.yaml", "required_approvals: 2", "required_approvals: 1");
        replace(root, "policies/access-control.yaml", "revocation_days: 1", "revocation_days: 3");
        replace(root, "policies/access-control.yaml", "version: '2.1'", "version: '2.2'");
        replace(
                root,
                "controls/CHG-01.yaml",
                "where: record.base.ref == 'main'",
                "where: record.base.ref == 'release'");

        DiffResult result = diff(root, null);

        assertThat(result.base()).isEqualTo("main");
        String base = result.baseCommit().substring(0, 7);
        assertThat(result.console())
                .containsExactly(
                        "soc2 diff against main (" + base + "): 5 changes, 2 loosen a control",
                        "  loosens  access-control: revocation_days: 1 -> 3",
                        "           access-control: policy 'access-control' changed: version 2.1 -> 2.2",
                        "  loosens  change-management: required_approvals: 2 -> 1",
                        "           change-management: policy 'change-management' text or parameters changed, but its version is still 1.0",
                        "           CHG-01: control 'CHG-01' test where: 'record.base.ref == 'main'' -> 'record.base.ref == 'release''",
                        "  drift preview CHG-01: 25.0 % deviations under required_approvals=2, the old test (base), no records in the"
                                + " observation period to test under required_approvals=1, the new test (this change)");
        assertThat(Files.readString(temp.resolve("out/diff.md"))).isEqualTo("""
                ## soc2:diff against main (%s)

                **5 changes, 2 loosen a control.**

                | effect | subject | change |
                | --- | --- | --- |
                | loosens | `access-control` | revocation_days: 1 -> 3 |
                |  | `access-control` | policy 'access-control' changed: version 2.1 -> 2.2 |
                | loosens | `change-management` | required_approvals: 2 -> 1 |
                |  | `change-management` | policy 'change-management' text or parameters changed, but its version is still 1.0 |
                |  | `CHG-01` | control 'CHG-01' test where: 'record.base.ref == 'main'' -> 'record.base.ref == 'release'' |

                ### Drift preview

                The current evidence, as of 2026-06-30, checked under the base's parameters and tests and under this change's:

                - CHG-01: 25.0 %% deviations under required_approvals=2, the old test (base), no records in the observation period to test under required_approvals=1, the new test (this change)
                """.formatted(base));
    }

    @Test
    void previews_drift_of_the_current_evidence_under_both_values() throws IOException {
        Path root = repository();
        replace(root, "policies/change-management.yaml", "required_approvals: 2", "required_approvals: 1");
        DiffResult result = diff(root, "HEAD");
        assertThat(result.console())
                .last()
                .isEqualTo(
                        "  drift preview CHG-01: 25.0 % deviations under required_approvals=2 (base), 0.0 % under required_approvals=1 (this change)");
        assertThat(Files.readString(temp.resolve("out/diff.json"))).isEqualTo("""
                {
                  "formatVersion": 1,
                  "base": {
                    "ref": "HEAD",
                    "commit": "%s"
                  },
                  "loosening": 1,
                  "changes": [
                    {
                      "kind": "parameter-changed",
                      "subject": "change-management",
                      "detail": "required_approvals: 2 -> 1",
                      "effect": "loosens"
                    },
                    {
                      "kind": "version-not-bumped",
                      "subject": "change-management",
                      "detail": "policy 'change-management' text or parameters changed, but its version is still 1.0",
                      "effect": ""
                    }
                  ],
                  "asOf": "2026-06-30",
                  "driftPreview": [
                    {
                      "control": "CHG-01",
                      "before": {
                        "under": "required_approvals=2",
                        "population": 4,
                        "rate": 0.25
                      },
                      "after": {
                        "under": "required_approvals=1",
                        "population": 4,
                        "rate": 0
                      }
                    }
                  ],
                  "notes": []
                }
                """.formatted(result.baseCommit()));
        assertThat(ReportSchemas.errors("diff", Files.readString(temp.resolve("out/diff.json"))))
                .isEmpty();
    }

    @Test
    void a_changed_test_alone_gets_a_drift_preview_of_the_old_and_the_new_test() throws IOException {
        Path root = repository();
        replace(
                root,
                "controls/CHG-01.yaml",
                "record.independent_approvals >= policy.required_approvals",
                "record.independent_approvals >= 1");
        DiffResult result = diff(root, "HEAD");
        assertThat(result.console())
                .last()
                .isEqualTo(
                        "  drift preview CHG-01: 25.0 % deviations under the old test (base), 0.0 % under the new test (this change)");

        replace(
                root,
                "controls/CHG-01.yaml",
                "record.independent_approvals >= 1",
                "record.independent_approvals >= policy.required_approvals");
        replace(root, "controls/CHG-01.yaml", "  kind: population\n", "  kind: population\n  description: Reworded.\n");
        result = diff(root, "HEAD");
        assertThat(result.console())
                .as("a reworded description changes nothing to preview")
                .noneMatch(l -> l.contains("drift preview"));
    }

    @Test
    void a_base_version_of_a_test_that_the_checks_cannot_run_is_noted_not_previewed() throws IOException {
        Path root = repository();
        replace(root, "controls/CHG-01.yaml", "  source: github-pulls\n", "");
        try (GitFixture git = GitFixture.init(root)) {
            git.commit("2025-12-02T09:00:00Z", BEN, "A control that does not match the schema");
        }
        replace(root, "controls/CHG-01.yaml", "  kind: population\n", "  kind: population\n  source: github-pulls\n");

        DiffResult result = diff(root, "HEAD");

        assertThat(result.console())
                .last()
                .isEqualTo(
                        "  drift preview of CHG-01 skipped: its test at the base does not"
                                + " match the control schema or has a condition that does not compile, so the checks cannot run it");

        try (GitFixture git = GitFixture.init(root)) {
            replace(
                    root,
                    "controls/CHG-01.yaml",
                    "require: record.independent_approvals >= policy.required_approvals",
                    "require: record.independent_approvals >=");
            git.commit("2025-12-03T09:00:00Z", BEN, "A condition that does not compile");
        }
        replace(
                root,
                "controls/CHG-01.yaml",
                "require: record.independent_approvals >=",
                "require: record.independent_approvals >= policy.required_approvals");
        result = diff(root, "HEAD");
        assertThat(result.console()).last().asString().startsWith("  drift preview of CHG-01 skipped");
    }

    @Test
    void a_base_test_whose_day_limit_parameter_is_gone_is_noted_not_previewed() throws IOException {
        Path root = repository();
        replace(root, "policies/access-control.yaml", "revocation_days: 1", "deprovision_days: 1");
        replace(root, "policies/access-control.yaml", "{{ revocation_days }}", "{{ deprovision_days }}");
        replace(root, "policies/access-control.yaml", "version: '2.1'", "version: '2.2'");
        replace(root, "controls/IAM-01.yaml", "policy.revocation_days", "policy.deprovision_days");

        DiffResult result = diff(root, null);

        assertThat(result.console())
                .contains(
                        "  drift preview of IAM-01 skipped: its test at the base limits days by"
                                + " 'policy.revocation_days', which policy 'access-control' no longer defines as a number of days");
    }

    @Test
    void a_control_added_with_a_new_parameter_and_a_renamed_source_are_previewed_without_failing() throws IOException {
        Path root = repository();
        replace(root, "policies/access-control.yaml", "revocation_days: 1", "revocation_days: 1\n  contractor_days: 3");
        Files.writeString(
                root.resolve("controls/IAM-09.yaml"),
                Files.readString(root.resolve("controls/IAM-01.yaml"))
                        .replace("id: IAM-01", "id: IAM-09")
                        .replace("policy.revocation_days", "policy.contractor_days"));
        replace(root, "evidence/sources.yaml", "id: github-pulls", "id: gh-pulls");
        replace(root, "controls/CHG-01.yaml", "source: github-pulls", "source: gh-pulls");

        DiffResult result = diff(root, "HEAD");

        assertThat(result.console())
                .contains("  tightens IAM-09: control 'IAM-09' added")
                .last()
                .isEqualTo(
                        "  drift preview CHG-01: could not be tested: evidence source 'github-pulls' is not declared under the old"
                                + " test (base), 25.0 % deviations under the new test (this change)");
    }

    @Test
    void of_two_base_files_with_one_id_the_first_is_the_one_judged_runnable() throws IOException {
        Path root = repository();
        try (GitFixture git = GitFixture.init(root)) {
            Files.writeString(
                    root.resolve("controls/CHG-00.yaml"),
                    Files.readString(root.resolve("controls/CHG-01.yaml")).replace("  source: github-pulls\n", ""));
            git.commit("2025-12-02T09:00:00Z", BEN, "A second file with id CHG-01, without a source");
        }
        Files.delete(root.resolve("controls/CHG-00.yaml"));
        replace(
                root,
                "controls/CHG-01.yaml",
                "record.independent_approvals >= policy.required_approvals",
                "record.independent_approvals >= 1");

        DiffResult result = diff(root, "HEAD");

        assertThat(result.console()).last().asString().startsWith("  drift preview of CHG-01 skipped");
    }

    @Test
    void a_base_control_that_fails_the_schema_outside_its_test_is_still_previewed() throws IOException {
        Path root = repository();
        try (GitFixture git = GitFixture.init(root)) {
            replace(root, "controls/CHG-01.yaml", "risk: high\n", "");
            git.commit("2025-12-02T09:00:00Z", BEN, "No risk, as an older schema allowed");
        }
        replace(root, "controls/CHG-01.yaml", "frequency: per_event\n", "frequency: per_event\nrisk: high\n");
        replace(
                root,
                "controls/CHG-01.yaml",
                "record.independent_approvals >= policy.required_approvals",
                "record.independent_approvals >= 1");

        DiffResult result = diff(root, "HEAD");

        assertThat(result.console())
                .last()
                .isEqualTo(
                        "  drift preview CHG-01: 25.0 % deviations under the old test (base), 0.0 % under the new test (this change)");
    }

    @Test
    void a_row_names_the_values_each_run_used_and_a_skipped_test_gets_no_row() throws IOException {
        Path root = repository();
        replace(
                root,
                "policies/change-management.yaml",
                "required_approvals: 2",
                "required_approvals: 2\n  min_approvals: 1");
        replace(
                root,
                "controls/CHG-01.yaml",
                "record.independent_approvals >= policy.required_approvals",
                "record.independent_approvals >= policy.min_approvals");
        DiffResult result = diff(root, "HEAD");
        assertThat(result.console())
                .as("min_approvals is new: both runs read today's value, so the label leaves it out")
                .last()
                .isEqualTo("  drift preview CHG-01: 25.0 % deviations under the old test (base), 0.0 % under the new"
                        + " test (this change)");

        try (GitFixture git = GitFixture.init(root)) {
            replace(root, "controls/CHG-01.yaml", "  source: github-pulls\n", "");
            git.commit("2025-12-02T09:00:00Z", BEN, "Broken, and min_approvals");
        }
        replace(root, "controls/CHG-01.yaml", "  kind: population\n", "  kind: population\n  source: github-pulls\n");
        replace(root, "policies/change-management.yaml", "min_approvals: 1", "min_approvals: 2");
        result = diff(root, "HEAD");
        assertThat(result.console())
                .noneMatch(line -> line.startsWith("  drift preview CHG-01:"))
                .anyMatch(line -> line.startsWith("  drift preview of CHG-01 skipped"));
    }

    @Test
    void an_unknown_base_names_what_to_fetch() throws IOException {
        Path root = repository();
        assertThatThrownBy(() -> new PolicyDiff()
                        .diff(new DiffRequest(
                                root,
                                root.resolve("target"),
                                "origin/main",
                                temp.resolve("out"),
                                Fixtures.AFTER_PERIOD,
                                Soc2Listener.NONE)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("git ref 'origin/main' not found; in a shallow clone fetch it, or the whole history"
                        + " ('git fetch --unshallow', or 'fetch-depth: 0' on actions/checkout)");
    }

    @Test
    void the_default_base_is_the_branch_origin_head_points_to_else_main_or_master() throws IOException {
        Path root = repository();
        try (GitFixture git = GitFixture.init(root)) {
            Repository repo = git.git().getRepository();
            git.branch("master");
            repo.getRefDatabase()
                    .newRename("refs/heads/main", "refs/heads/develop")
                    .rename();
            assertThat(diff(root, null).base()).isEqualTo("master");

            RefUpdate remote = repo.updateRef("refs/remotes/origin/develop");
            remote.setNewObjectId(repo.resolve("HEAD"));
            remote.update();
            repo.updateRef("refs/remotes/origin/HEAD").link("refs/remotes/origin/develop");
            assertThat(diff(root, null).base()).isEqualTo("origin/develop");
        }
    }

    @Test
    void without_a_default_branch_the_message_says_what_to_fetch_or_name() throws IOException {
        Path root = repository();
        try (GitFixture git = GitFixture.init(root)) {
            git.branch("feature");
            git.git()
                    .getRepository()
                    .getRefDatabase()
                    .newRename("refs/heads/main", "refs/heads/trunk")
                    .rename();
        }
        assertThatThrownBy(() -> diff(root, null))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage(
                        "no default branch to compare with: none of origin/HEAD, origin/main, origin/master, main, master"
                                + " exists; fetch the base branch ('fetch-depth: 0' on actions/checkout) or name it with -Dsoc2.base=<ref>");
    }
}
