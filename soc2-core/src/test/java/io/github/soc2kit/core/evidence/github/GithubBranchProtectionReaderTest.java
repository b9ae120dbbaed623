package io.github.soc2kit.core.evidence.github;

import static io.github.soc2kit.core.evidence.TestSources.FIXTURES;
import static io.github.soc2kit.core.evidence.TestSources.failure;
import static io.github.soc2kit.core.evidence.TestSources.read;
import static io.github.soc2kit.core.evidence.TestSources.source;
import static io.github.soc2kit.core.evidence.TestSources.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubBranchProtectionReaderTest {

    @TempDir
    Path repo;

    @Test
    void reads_each_file_as_one_record_keyed_by_its_name() {
        List<EvidenceRecord> records = read(
                FIXTURES,
                source("branch-protection", "github-branch-protection", "evidence/github-branch-protection/*.json"));

        assertThat(records)
                .extracting(r -> r.key(), r -> r.get("protected"), r -> r.get("branch"), r -> r.at())
                .containsExactly(
                        tuple(
                                "develop",
                                false,
                                null,
                                new SourcePosition("evidence/github-branch-protection/develop.json", 1, 1)),
                        tuple(
                                "main",
                                true,
                                "main",
                                new SourcePosition("evidence/github-branch-protection/main.json", 1, 1)));
        EvidenceRecord main = records.get(1);
        assertThat(main.get("required_pull_request_reviews.required_approving_review_count"))
                .isEqualTo(1L);
        assertThat(main.get("enforce_admins.enabled")).isEqualTo(true);
        assertThat(main.get("required_status_checks.contexts")).isEqualTo(List.of("ci/build", "ci/test"));
        assertThat(records.get(0).fields())
                .containsExactly(
                        entry("message", "Branch not protected"),
                        entry(
                                "documentation_url",
                                "https://docs.github.com/rest/branches/branch-protection#get-branch-protection"),
                        entry("status", "404"),
                        entry("protected", false));
    }

    @Test
    void derives_a_branch_name_with_slashes_from_the_url() {
        write(
                repo,
                "evidence/protection/release.json",
                "{\"url\": \"https://api.github.com/repos/acme/billing-api/branches/release/2025.03/protection\"}");

        EvidenceRecord record = read(repo, source("bp", "github-branch-protection", "evidence/protection/release.json"))
                .get(0);

        assertThat(record.get("branch")).isEqualTo("release/2025.03");
    }

    @Test
    void rejects_a_file_that_is_not_one_protection_object() {
        write(
                repo,
                "evidence/protection.json",
                "[{\"url\": \"https://api.github.com/repos/acme/x/branches/main/protection\"}]");

        assertThat(failure(repo, source("bp", "github-branch-protection", "evidence/protection.json")))
                .isEqualTo("""
                evidence/protection.json:1:1: the document is an array, expected one branch protection object
                hint: save each response of GET /repos/{owner}/{repo}/branches/{branch}/protection in a file of its own""");
    }

    @Test
    void rejects_an_error_body_other_than_branch_not_protected() {
        write(repo, "evidence/protection/main.json", """
                {
                  "message": "Not Found",
                  "documentation_url": "https://docs.github.com/rest/branches/branch-protection#get-branch-protection",
                  "status": "404"
                }
                """);

        assertThat(failure(repo, source("branch-protection", "github-branch-protection", "evidence/protection/*.json")))
                .isEqualTo("""
                evidence/protection/main.json:1:1: record 1 of 'evidence/protection/main.json' has no field 'url'
                hint: the record has the fields 'message', 'documentation_url', 'status'; the format \
                'github-branch-protection' always has it: check that the file is such an export, and export it again""");
    }
}
