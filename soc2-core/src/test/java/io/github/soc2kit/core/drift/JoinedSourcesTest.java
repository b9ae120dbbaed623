package io.github.soc2kit.core.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.api.EvidenceVerifier;
import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.api.VerifyRequest;
import io.github.soc2kit.core.api.VerifyResult;
import io.github.soc2kit.core.api.VerifyResults;
import io.github.soc2kit.core.diag.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source that another joins is evidence like any other: its files are in the provenance, and a record that finds
 * no file of it is reported, never silently read as having nothing (a pull request as unapproved). The base
 * repository with the GitHub pull requests and review files of the reader fixtures: pull request 108 has no review
 * file.
 */
class JoinedSourcesTest {

    @TempDir
    Path temp;

    private VerifyResult verify() throws IOException {
        return verify(repository());
    }

    private Path repository() throws IOException {
        Path root = Fixtures.repository(temp.resolve("repo"), Fixtures.resource("joined"));
        Path exports = Fixtures.resource("evidence");
        Path reviews = Files.createDirectories(root.resolve("evidence/github/reviews"));
        Files.copy(exports.resolve("github-pulls/pulls.json"), root.resolve("evidence/github/pulls.json"));
        try (Stream<Path> files = Files.list(exports.resolve("github-reviews"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("billing-api-"))
                    .toList()) {
                Files.copy(file, reviews.resolve(file.getFileName()));
            }
        }
        return root;
    }

    private VerifyResult verify(Path root) {
        return new EvidenceVerifier()
                .verify(new VerifyRequest(
                        root, root.resolve("target"), temp.resolve("out"), Fixtures.AFTER_PERIOD, Soc2Listener.NONE));
    }

    @Test
    void a_pull_request_without_its_review_file_is_reported_at_the_reviews_source() throws IOException {
        assertThat(verify().findings().findings())
                .extracting(Finding::format)
                .contains("evidence/sources.yaml:9:11: error: 1 record of 'github-pulls' found no file in"
                        + " 'github-reviews', so it reads as having none of what it adds: acme/billing-api#108"
                        + " [evidence-missing]")
                .as("109 was never merged: its approvals matter to nobody")
                .noneMatch(finding -> finding.contains("#109"));
    }

    @Test
    void the_joined_source_is_in_the_provenance_with_the_files_and_records_the_join_read() throws IOException {
        SourceProvenance reviews = VerifyResults.report(verify()).sources().stream()
                .filter(s -> s.id().equals("github-reviews"))
                .findFirst()
                .orElseThrow();

        assertThat(reviews.joinedInto()).isEqualTo("github-pulls");
        assertThat(reviews.files())
                .extracting(d -> d.path())
                .containsExactly(
                        "evidence/github/reviews/billing-api-101.json",
                        "evidence/github/reviews/billing-api-102.json",
                        "evidence/github/reviews/billing-api-103.json",
                        "evidence/github/reviews/billing-api-104.json",
                        "evidence/github/reviews/billing-api-105.json",
                        "evidence/github/reviews/billing-api-106.json",
                        "evidence/github/reviews/billing-api-107.json");
        assertThat(reviews.records()).isEqualTo(14);
    }

    @Test
    void a_joined_source_that_a_control_reads_too_is_evidence_of_its_own_and_still_joined() throws IOException {
        Path root = repository();
        Files.writeString(root.resolve("controls/CHG-09.yaml"), """
                id: CHG-09
                title: Reviews name their pull request
                policy: change-management
                owner: ben@tiny.example
                frequency: per_event
                risk: low
                criteria: [CC8.1]
                components: [tiny-app]
                test:
                  kind: population
                  source: github-reviews
                  at: submitted_at
                  require: record.pull_number != null
                """);
        Path policy = root.resolve("policies/change-management.yaml");
        Files.writeString(
                policy,
                Files.readString(policy).replace("[CHG-01, CHG-02, GOV-01]", "[CHG-01, CHG-02, CHG-09, GOV-01]"));
        Path reviews = root.resolve("evidence/github/reviews");
        Files.copy(reviews.resolve("billing-api-101.json"), reviews.resolve("billing-api-110.json")); // a repeated id

        VerifyResult result = verify(root);

        assertThat(result.findings().findings())
                .extracting(Finding::format)
                .as("read first for the join and for CHG-09, the reviews are judged as evidence and joined alike")
                .contains(
                        "evidence/github/reviews/billing-api-110.json:2:3: error: a second record with the key"
                                + " '2654400101' (the first is at evidence/github/reviews/billing-api-101.json:2); only"
                                + " the first is counted [evidence-duplicate]",
                        "evidence/sources.yaml:9:11: error: 1 record of 'github-pulls' found no file in"
                                + " 'github-reviews', so it reads as having none of what it adds: acme/billing-api#108"
                                + " [evidence-missing]");
        SourceProvenance read = VerifyResults.report(result).sources().stream()
                .filter(s -> s.id().equals("github-reviews"))
                .findFirst()
                .orElseThrow();
        assertThat(read.joinedInto()).isNull();
        assertThat(read.files()).hasSize(8);
        assertThat(read.records()).isEqualTo(14);
    }
}
