package io.github.soc2kit.core.evidence.github;

import static io.github.soc2kit.core.evidence.TestSources.FIXTURES;
import static io.github.soc2kit.core.evidence.TestSources.failure;
import static io.github.soc2kit.core.evidence.TestSources.read;
import static io.github.soc2kit.core.evidence.TestSources.source;
import static io.github.soc2kit.core.evidence.TestSources.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubReviewsReaderTest {

    @TempDir
    Path repo;

    @Test
    void reads_one_record_per_review_with_its_pull_request_number() {
        List<EvidenceRecord> records =
                read(FIXTURES, source("github-reviews", "github-reviews", "evidence/github-reviews/*.json"));

        assertThat(records)
                .extracting(
                        r -> r.key(),
                        r -> r.timestamp(),
                        r -> r.identity(),
                        r -> r.get("state"),
                        r -> r.get("pull_number"))
                .containsExactly(
                        tuple("2654400901", "2025-03-12T09:00:00Z", "sam-okafor", "APPROVED", 109L),
                        tuple("2654400101", "2025-03-04T16:58:40Z", "li-reviewer", "APPROVED", 101L),
                        tuple("2654400201", "2025-03-05T10:00:00Z", "Dana-Dev", "APPROVED", 102L),
                        tuple("2654400301", "2025-03-06T09:00:00Z", "li-reviewer", "APPROVED", 103L),
                        tuple("2654400401", "2025-03-06T12:00:00Z", "li-reviewer", "DISMISSED", 104L),
                        tuple("2654400402", "2025-03-06T13:00:00Z", "sam-okafor", "APPROVED", 104L),
                        tuple("2654400403", "2025-03-07T09:00:00Z", "sam-okafor", "DISMISSED", 104L),
                        tuple("2654400501", "2025-03-07T17:00:00Z", "li-reviewer", "APPROVED", 105L),
                        tuple("2654400502", "2025-03-07T18:00:00Z", "li-reviewer", "CHANGES_REQUESTED", 105L),
                        tuple("2654400601", "2025-03-09T15:00:00Z", "sam-okafor", "APPROVED", 106L),
                        tuple("2654400602", "2025-03-10T11:00:00Z", "li-reviewer", "APPROVED", 106L),
                        tuple("2654400603", "2025-03-10T12:00:00Z", "li-reviewer", "COMMENTED", 106L),
                        tuple("2654400604", null, "Priya-Raman", "PENDING", 106L),
                        tuple("2654400701", "2025-03-10T09:30:00Z", null, "APPROVED", 107L),
                        tuple("2654400702", "2025-03-10T09:45:00Z", "Priya-Raman", "APPROVED", 107L),
                        tuple("2654409601", "2025-03-10T11:30:00Z", "Priya-Raman", "APPROVED", 106L),
                        tuple("2654409602", "2025-03-10T11:31:00Z", "li-reviewer", "APPROVED", 106L));
        assertThat(records.get(0).at()).isEqualTo(new SourcePosition("evidence/github-reviews/109.json", 2, 3));
        assertThat(records.get(0).get("_links.pull_request.href"))
                .isEqualTo("https://api.github.com/repos/acme/billing-api/pulls/109");
    }

    @Test
    void takes_the_pull_request_number_from_the_last_segment_of_its_url() {
        assertThat(GithubReviewsReader.pullNumber("https://api.github.com/repos/acme/billing-api/pulls/1842"))
                .isEqualTo(1842L);
        assertThat(GithubReviewsReader.pullNumber("https://api.github.com/repos/acme/billing-api/pulls/"))
                .isNull();
        assertThat(GithubReviewsReader.pullNumber(null)).isNull();
    }

    @Test
    void rejects_a_review_without_state_at_its_position() {
        write(repo, "evidence/reviews/billing-api-1842.json", """
                [
                  {
                    "id": 2654400101,
                    "node_id": "PRR_kwDOExample0001",
                    "user": {"login": "li-reviewer", "id": 5550202, "type": "User", "site_admin": false},
                    "body": "",
                    "html_url": "https://github.com/acme/billing-api/pull/1842#pullrequestreview-2654400101",
                    "pull_request_url": "https://api.github.com/repos/acme/billing-api/pulls/1842",
                    "submitted_at": "2025-03-04T16:58:40Z",
                    "commit_id": "4b1e0c9d8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d",
                    "author_association": "MEMBER"
                  }
                ]
                """);

        assertThat(failure(repo, source("reviews", "github-reviews", "evidence/reviews/*.json")))
                .isEqualTo("""
                evidence/reviews/billing-api-1842.json:2:3: record 1 of 'evidence/reviews/billing-api-1842.json' \
                has no field 'state'
                hint: the record has the fields 'id', 'node_id', 'user', 'body', 'html_url', 'pull_request_url', \
                'submitted_at', 'commit_id', 'author_association'; the format 'github-reviews' always has it: check \
                that the file is such an export, and export it again""");
    }

    @Test
    void rejects_a_submitted_review_without_submitted_at_but_reads_a_pending_one() {
        write(repo, "evidence/reviews/billing-api-1842.json", """
                [
                  {"id": 2654400101, "user": {"login": "li-reviewer"}, "state": "PENDING", "commit_id": null,
                   "pull_request_url": "https://api.github.com/repos/acme/billing-api/pulls/1842"},
                  {"id": 2654400102, "user": {"login": "li-reviewer"}, "state": "APPROVED", "commit_id": null,
                   "pull_request_url": "https://api.github.com/repos/acme/billing-api/pulls/1842"}
                ]
                """);

        assertThat(failure(repo, source("reviews", "github-reviews", "evidence/reviews/*.json")))
                .isEqualTo("""
                evidence/reviews/billing-api-1842.json:4:3: record 2 of 'evidence/reviews/billing-api-1842.json' \
                has no field 'submitted_at'
                hint: the record has the fields 'id', 'user', 'state', 'commit_id', 'pull_request_url'; the format \
                'github-reviews' always has it: check that the file is such an export, and export it again""");
    }
}
