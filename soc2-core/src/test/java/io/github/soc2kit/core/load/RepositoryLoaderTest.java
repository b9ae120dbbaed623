package io.github.soc2kit.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.PolicyLoadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryLoaderTest {

    private final RepositoryLoader loader = new RepositoryLoader(new SchemaValidator());

    @TempDir
    Path temp;

    @Test
    void reads_the_whole_base_repository() {
        RepositoryLoader.Result result = loader.load(Fixtures.repository(temp.resolve("repo")));
        assertThat(result.findings()).isEmpty();
        assertThat(result.files()).isEqualTo(12);
        var repo = result.repository();
        assertThat(repo.config().periodStart()).hasToString("2026-01-01");
        assertThat(repo.policies()).extracting(p -> p.id()).containsExactly("access-control", "change-management");
        assertThat(repo.controls()).extracting(c -> c.id()).containsExactly("CHG-01", "CHG-02", "GOV-01", "IAM-01");
        assertThat(repo.policies().get(1).parameters()).containsEntry("required_approvals", 2L);
        assertThat(repo.controls().get(3).test().sources())
                .extracting(r -> r.value())
                .containsExactly("hris", "okta-users");
        assertThat(repo.people()).extracting(p -> p.email()).containsExactly("ana@tiny.example", "ben@tiny.example");
        assertThat(repo.register("exceptions"))
                .singleElement()
                .satisfies(e -> assertThat(e.get("record")).isEqualTo("412"));
    }

    @Test
    void numbers_beyond_a_long_or_a_double_are_read_without_failing() throws IOException {
        Path repo = Fixtures.repository(temp.resolve("repo"));
        Path policy = repo.resolve("policies/access-control.yaml");
        Files.writeString(
                policy,
                Files.readString(policy)
                        .replace(
                                "revocation_days: 1",
                                "revocation_days: 1\n  huge: 99999999999999999999\n  vast: 1e400"));
        var parameters = loader.load(repo).repository().policies().stream()
                .filter(p -> p.id().equals("access-control"))
                .findFirst()
                .orElseThrow()
                .parameters();
        assertThat(parameters).containsEntry("huge", 1.0e20).containsEntry("vast", "1E+400");
    }

    @Test
    void day_counts_beyond_any_period_are_schema_errors_not_failures() throws IOException {
        Path repo = Fixtures.repository(temp.resolve("repo"));
        Files.writeString(
                repo.resolve("soc2.yaml"),
                Files.readString(repo.resolve("soc2.yaml"))
                        + "verify:\n  exception_window_days: 99999999999999999999\n");
        Path control = repo.resolve("controls/IAM-01.yaml");
        Files.writeString(
                control,
                Files.readString(control).replace("within_days: policy.revocation_days", "within_days: 4000000000"));
        assertThat(loader.load(repo).findings())
                .extracting(Finding::format)
                .containsExactly(
                        "soc2.yaml:10:26: error: 'exception_window_days': 99999999999999999999 is more than the largest allowed,"
                                + " 36500 [schema]",
                        "controls/IAM-01.yaml:19:16: error: 'within_days': 4000000000 is more than the largest allowed, 36500 [schema]");
    }

    @Test
    void a_folder_without_soc2_yaml_is_not_a_repository() throws IOException {
        Files.createDirectories(temp.resolve("empty"));
        assertThatThrownBy(() -> loader.load(temp.resolve("empty")))
                .isInstanceOf(PolicyLoadException.class)
                .hasMessage("not a soc2kit policy repository: soc2.yaml not found in empty");
    }

    @Test
    void reports_a_missing_roster_and_description() throws IOException {
        Path repo = Fixtures.repository(temp.resolve("repo"));
        Files.delete(repo.resolve("people.yaml"));
        Files.delete(repo.resolve("system/description.yaml"));
        assertThat(loader.load(repo).findings())
                .extracting(Finding::format)
                .containsExactly(
                        "soc2.yaml:1:1: error: roster file 'people.yaml' does not exist [file-missing]",
                        "soc2.yaml:1:1: error: system description 'system/description.yaml' does not exist [file-missing]");
    }

    @Test
    void accepts_yml_extension_and_sub_folders() throws IOException {
        Path repo = Fixtures.repository(temp.resolve("repo"));
        Files.createDirectories(repo.resolve("controls/access"));
        Files.move(repo.resolve("controls/IAM-01.yaml"), repo.resolve("controls/access/IAM-01.yml"));
        RepositoryLoader.Result result = loader.load(repo);
        assertThat(result.findings()).isEmpty();
        assertThat(result.repository().controls())
                .extracting(c -> c.origin().path())
                .contains("controls/access/IAM-01.yml");
    }

    @Test
    void one_mistake_repeated_thousands_of_times_is_listed_a_hundred_times_and_counted() throws IOException {
        Path repo = Fixtures.repository(temp.resolve("repo"));
        StringBuilder control = new StringBuilder(Files.readString(repo.resolve("controls/CHG-02.yaml")));
        for (int i = 0; i < 5000; i++) {
            control.append("extra_").append(i).append(": x\n");
        }
        Files.writeString(repo.resolve("controls/CHG-02.yaml"), control);

        List<Finding> findings = loader.load(repo).findings();

        assertThat(findings).hasSize(Finding.MAX_PER_FILE + 1);
        assertThat(findings.get(Finding.MAX_PER_FILE).format())
                .isEqualTo(
                        "controls/CHG-02.yaml: error: 4,900 more findings in this file are not listed (only the first"
                                + " 100 are) [schema]");
    }
}
