package io.github.soc2kit.core.evidence.github;

import static io.github.soc2kit.core.evidence.TestSources.FIXTURES;
import static io.github.soc2kit.core.evidence.TestSources.failure;
import static io.github.soc2kit.core.evidence.TestSources.read;
import static io.github.soc2kit.core.evidence.TestSources.source;
import static io.github.soc2kit.core.evidence.TestSources.withFields;
import static io.github.soc2kit.core.evidence.TestSources.withJoin;
import static io.github.soc2kit.core.evidence.TestSources.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.EvidenceException;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.evidence.TestSources;
import io.github.soc2kit.core.evidence.registry.EvidenceReaders;
import io.github.soc2kit.core.model.EvidenceSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubPullsReaderTest {

    private static final EvidenceSource REVIEWS =
            source("github-reviews", "github-reviews", "evidence/github-reviews/*.json");
    private static final EvidenceSource PULLS =
            source("github-pulls", "github-pulls", "evidence/github-pulls/pulls.json");
    private static final EvidenceSource JOINED = withJoin(PULLS, "github-reviews");

    @TempDir
    Path repo;

    @Test
    void keys_pull_requests_by_repository_and_number_with_merge_time_and_author_login() {
        List<EvidenceRecord> records = read(FIXTURES, PULLS);

        assertThat(records)
                .extracting(EvidenceRecord::key, EvidenceRecord::timestamp, EvidenceRecord::identity)
                .containsExactly(
                        tuple("acme/billing-api#101", "2025-03-04T17:22:09Z", "dana-dev"),
                        tuple("acme/billing-api#102", "2025-03-05T11:00:00Z", "dana-dev"),
                        tuple("acme/billing-api#103", "2025-03-06T02:10:00Z", "sam-okafor"),
                        tuple("acme/billing-api#104", "2025-03-07T15:30:00Z", "dana-dev"),
                        tuple("acme/billing-api#105", "2025-03-08T09:00:00Z", "sam-okafor"),
                        tuple("acme/billing-api#106", "2025-03-10T14:00:00Z", "dana-dev"),
                        tuple("acme/billing-api#107", "2025-03-11T10:00:00Z", null),
                        tuple("acme/billing-api#108", "2025-03-11T16:00:00Z", "sam-okafor"),
                        tuple("acme/billing-api#109", null, "dana-dev"));
        assertThat(records.get(1).at()).isEqualTo(new SourcePosition("evidence/github-pulls/pulls.json", 71, 3));
    }

    @Test
    void derives_author_merged_and_repository() {
        List<EvidenceRecord> records = read(FIXTURES, PULLS);

        assertThat(records)
                .extracting(
                        r -> r.key(),
                        r -> r.get("author"),
                        r -> r.get("merged"),
                        r -> r.get("repository"),
                        r -> r.get("base.ref"))
                .contains(
                        tuple("acme/billing-api#101", "dana-dev", true, "acme/billing-api", "main"),
                        tuple("acme/billing-api#107", null, true, "acme/billing-api", "main"),
                        tuple("acme/billing-api#109", "dana-dev", false, "acme/billing-api", "release/2025.03"));
        assertThat(records.get(0).fields()).doesNotContainKeys("independent_approvals", "approvers", "stale_approvals");
    }

    /** Of each pull request of the fixtures: key, independent approvals, approvers, stale approvals. */
    private static final List<Tuple> APPROVALS = List.of(
            tuple("acme/billing-api#101", 1L, List.of("li-reviewer"), 0L), // approved on the merged head
            tuple("acme/billing-api#102", 0L, List.of(), 0L), // the author approved their own pull request
            tuple("acme/billing-api#103", 0L, List.of(), 0L), // approved only after the merge
            tuple("acme/billing-api#104", 0L, List.of(), 0L), // both approvals were dismissed
            tuple("acme/billing-api#105", 0L, List.of(), 0L), // approval followed by changes requested
            tuple("acme/billing-api#106", 2L, List.of("li-reviewer", "sam-okafor"), 1L), // sam's is stale
            tuple("acme/billing-api#107", 1L, List.of("Priya-Raman"), 0L), // a deleted (null) reviewer does not count
            tuple("acme/billing-api#108", 0L, List.of(), 0L), // no review file
            tuple("acme/billing-api#109", 1L, List.of("sam-okafor"), 0L)); // unmerged, into a release branch

    private static List<Tuple> approvals(List<EvidenceRecord> pulls) {
        return pulls.stream()
                .map(r -> tuple(r.key(), r.get("independent_approvals"), r.get("approvers"), r.get("stale_approvals")))
                .toList();
    }

    @Test
    void counts_only_independent_approvals_standing_at_merge_time() {
        assertThat(approvals(read(FIXTURES, JOINED, REVIEWS))).isEqualTo(APPROVALS);
    }

    /** The fixtures' pull requests and review files in {@link #repo}; returns the reviews' folder. */
    private Path copyFixtures() {
        Fixtures.copyTree(FIXTURES.resolve("evidence/github-pulls"), repo.resolve("evidence/github-pulls"));
        Fixtures.copyTree(FIXTURES.resolve("evidence/github-reviews"), repo.resolve("evidence/github-reviews"));
        return repo.resolve("evidence/github-reviews");
    }

    /** A context in which the reviews are read first, keeping what the join needs, as the engine reads them. */
    private ReadContext reviewsReadFirst() {
        ReadContext context = TestSources.context(repo, JOINED, REVIEWS);
        context.keepForJoin(REVIEWS.id());
        return context;
    }

    @Test
    void joins_the_reviews_that_the_reviews_source_kept_and_reads_no_review_file_twice() throws IOException {
        Path reviews = copyFixtures();
        ReadContext context = reviewsReadFirst();
        List<EvidenceRecord> read = new ArrayList<>();
        EvidenceReaders.forFormat("github-reviews").read(REVIEWS, context, read::add);
        try (Stream<Path> files = Files.list(reviews)) {
            for (Path file : files.toList()) {
                Files.writeString(file, "{ not the reviews any more");
            }
        }

        List<EvidenceRecord> pulls = new ArrayList<>();
        EvidenceReaders.forFormat("github-pulls").read(JOINED, context, pulls::add);

        assertThat(read).hasSize(17);
        assertThat(approvals(pulls)).isEqualTo(APPROVALS);
        assertThat(failure(repo, JOINED, REVIEWS))
                .as("without the reviews kept, the join reads the files")
                .startsWith("evidence/github-reviews/billing-api-101.json:1:1: the document is an object");
    }

    @Test
    void a_review_file_that_the_reviews_source_could_not_read_fails_the_join_alike() throws IOException {
        Path reviews = copyFixtures();
        Path file = reviews.resolve("billing-api-106.json"); // its last review lacks 'state': kept would be the rest
        Files.writeString(file, Files.readString(file).replace("\"state\": \"PENDING\"", "\"status\": \"PENDING\""));
        ReadContext context = reviewsReadFirst();
        EvidenceException direct = catchThrowableOfType(
                EvidenceException.class,
                () -> EvidenceReaders.forFormat("github-reviews").read(REVIEWS, context, record -> {}));
        List<EvidenceRecord> pulls = new ArrayList<>();

        EvidenceException joined = catchThrowableOfType(
                EvidenceException.class,
                () -> EvidenceReaders.forFormat("github-pulls").read(JOINED, context, pulls::add));

        assertThat(direct)
                .hasMessageStartingWith(
                        "record 4 of 'evidence/github-reviews/billing-api-106.json' has no field 'state'");
        assertThat(joined).hasMessage(direct.getMessage());
        assertThat(joined.at()).isEqualTo(direct.at());
        assertThat(approvals(pulls)).isEqualTo(APPROVALS.subList(0, 5));
    }

    @Test
    void a_review_time_that_the_join_cannot_read_is_reported_by_the_join_as_when_nothing_is_kept() throws IOException {
        Path reviews = copyFixtures();
        Path file = reviews.resolve("billing-api-105.json");
        Files.writeString(file, Files.readString(file).replaceFirst("\"2025-03-0\\dT", "\"last Tuesday T"));
        String unkept = failure(repo, JOINED, REVIEWS);
        ReadContext context = reviewsReadFirst();
        List<EvidenceRecord> read = new ArrayList<>();
        EvidenceReaders.forFormat("github-reviews").read(REVIEWS, context, read::add);

        EvidenceException joined = catchThrowableOfType(
                EvidenceException.class,
                () -> EvidenceReaders.forFormat("github-pulls").read(JOINED, context, record -> {}));

        assertThat(read)
                .as("the source's own reading leaves times to its checks")
                .hasSize(17);
        assertThat(joined.at() + ": " + joined.getMessage() + "\nhint: " + joined.hint())
                .isEqualTo(unkept)
                .contains("has 'last Tuesday T");
    }

    @Test
    void the_join_reads_the_review_files_after_one_that_the_reviews_source_stopped_at() throws IOException {
        Path reviews = copyFixtures();
        Files.writeString(reviews.resolve("billing-api-100.json"), "[{\"id\": 1"); // sorted second, joined by nothing
        ReadContext context = reviewsReadFirst();
        assertThat(catchThrowableOfType(
                        EvidenceException.class,
                        () -> EvidenceReaders.forFormat("github-reviews").read(REVIEWS, context, record -> {})))
                .extracting(e -> e.at().path())
                .isEqualTo("evidence/github-reviews/billing-api-100.json");
        List<EvidenceRecord> pulls = new ArrayList<>();

        EvidenceReaders.forFormat("github-pulls").read(JOINED, context, pulls::add);

        assertThat(approvals(pulls)).isEqualTo(APPROVALS);
    }

    @Test
    void lets_the_source_choose_other_fields() {
        EvidenceRecord record = read(FIXTURES, withFields(PULLS, "node_id", "closed_at", "head.user.login"))
                .get(0);

        assertThat(record.key()).isEqualTo("PR_kwDOExample0101");
        assertThat(record.timestamp()).isEqualTo("2025-03-04T17:22:09Z");
        assertThat(record.identity()).isEqualTo("acme");
    }

    @Test
    void reads_the_review_file_of_a_pull_request_only_when_it_is_read() {
        EvidenceSource firstFile =
                withJoin(source("github-pulls", "github-pulls", "evidence/github-pulls/pulls.json"), "github-reviews");
        ReadContext context = TestSources.context(FIXTURES, firstFile, REVIEWS);
        List<String> seen = new java.util.ArrayList<>();

        EvidenceReaders.forFormat("github-pulls").read(firstFile, context, record -> {
            if (record.key().equals("acme/billing-api#101")) { // the pull requests may be read ahead, not their reviews
                context.digests().keySet().stream()
                        .filter(path -> path.startsWith("evidence/github-reviews/"))
                        .forEach(seen::add);
            }
        });

        assertThat(seen).containsExactly("evidence/github-reviews/billing-api-101.json");
        assertThat(context.digests()).doesNotContainKey("evidence/github-reviews/payments-106.json");
    }

    @Test
    void pull_requests_of_two_repositories_with_one_number_keep_apart_and_a_bare_export_keys_by_number()
            throws IOException {
        write(repo, "evidence/pulls.json", """
                [{"number": 7, "user": {"login": "dana-dev"}, "merged_at": null, "head": {"sha": "abc"},
                  "base": {"ref": "main", "repo": {"name": "ledger", "full_name": "acme/ledger"}}},
                 {"number": 7, "user": {"login": "dana-dev"}, "merged_at": null, "head": {"sha": "def"},
                  "base": {"ref": "main", "repo": {"name": "connectors", "full_name": "acme/connectors"}}},
                 {"number": 8, "user": {"login": "dana-dev"}, "merged_at": null, "head": {"sha": "123"},
                  "base": {"ref": "main"}}]
                """);

        assertThat(read(repo, source("pulls", "github-pulls", "evidence/pulls.json")))
                .extracting(EvidenceRecord::key)
                .containsExactly("acme/ledger#7", "acme/connectors#7", "8");
    }

    @Test
    void rejects_a_pull_request_that_matches_several_review_files_none_named_after_its_repository() throws IOException {
        write(repo, "evidence/pulls.json", """
                [{"number": 7, "user": {"login": "dana-dev"}, "merged_at": null,
                  "head": {"sha": "abc"}, "base": {"ref": "main", "repo": {"name": "ledger", "full_name": "acme/ledger"}}}]
                """);
        write(repo, "evidence/reviews/connectors-7.json", "[]");
        write(repo, "evidence/reviews/infrastructure-7.json", "[]");

        assertThat(failure(
                        repo,
                        withJoin(source("pulls", "github-pulls", "evidence/pulls.json"), "reviews"),
                        source("reviews", "github-reviews", "evidence/reviews/*.json")))
                .isEqualTo("""
                evidence/pulls.json:1:2: record 1 of 'evidence/pulls.json' (pull request 7) matches several review files: \
                'evidence/reviews/connectors-7.json', 'evidence/reviews/infrastructure-7.json'
                hint: name each review file '<repository>-<number>.json' after the base repository of its pull request, \
                here 'ledger-7.json'""");
    }

    @Test
    void a_join_error_in_one_pulls_file_leaves_the_files_after_it_unread() {
        StringBuilder first = new StringBuilder("[");
        for (int n = 1; n <= 300; n++) { // more pull requests than wait to be joined at a time
            first.append(n == 1 ? "" : ",")
                    .append("{\"number\": ")
                    .append(n == 250 ? "\"two hundred fifty\"" : n)
                    .append(
                            ", \"user\": {\"login\": \"dana-dev\"}, \"merged_at\": null, \"head\": {\"sha\": \"abc\"}}");
        }
        write(repo, "evidence/pulls/a.json", first.append("]").toString());
        write(repo, "evidence/pulls/b.json", "[]");
        write(repo, "evidence/reviews/ledger-1.json", "[]");
        EvidenceSource pulls = withJoin(source("pulls", "github-pulls", "evidence/pulls/*.json"), "reviews");
        ReadContext context =
                TestSources.context(repo, pulls, source("reviews", "github-reviews", "evidence/reviews/*.json"));
        List<String> keys = new ArrayList<>();

        EvidenceException thrown = catchThrowableOfType(
                EvidenceException.class,
                () -> EvidenceReaders.forFormat("github-pulls").read(pulls, context, record -> keys.add(record.key())));

        assertThat(thrown)
                .hasMessage("record 250 of 'evidence/pulls/a.json' has a string in 'number', expected a whole number");
        assertThat(keys).hasSize(249);
        assertThat(context.digests()).containsKey("evidence/pulls/a.json").doesNotContainKey("evidence/pulls/b.json");
        assertThat(Thread.getAllStackTraces().keySet())
                .as("the reading threads end with the reading")
                .noneMatch(thread -> thread.getName().startsWith("soc2kit-read") && thread.isAlive());
    }

    @Test
    void rejects_a_join_to_a_source_that_is_not_declared() {
        assertThat(failure(FIXTURES, JOINED)).isEqualTo("""
                evidence/sources.yaml: source 'github-pulls' joins 'github-reviews', which is not declared
                hint: declare a 'github-reviews' source with id 'github-reviews', or fix 'join' of source 'github-pulls' \
                in evidence/sources.yaml""");
    }

    @Test
    void rejects_a_join_to_a_source_of_another_format() {
        EvidenceSource notReviews = source("github-reviews", "json", "evidence/github-reviews/*.json");

        assertThat(failure(FIXTURES, JOINED, notReviews)).isEqualTo("""
                evidence/sources.yaml: source 'github-pulls' joins 'github-reviews', a 'json' source; expected a \
                'github-reviews' source
                hint: join a 'github-reviews' source, or fix 'join' of source 'github-pulls' in evidence/sources.yaml""");
    }

    @Test
    void rejects_a_truncated_export_inside_the_record_it_stops_in() throws IOException {
        List<String> lines = Files.readAllLines(FIXTURES.resolve("evidence/github-pulls/pulls.json"));
        write(repo, "evidence/github/pulls.json", String.join("\n", lines.subList(0, 200)) + "\n");

        assertThat(failure(repo, source("github-pulls", "github-pulls", "evidence/github/pulls.json")))
                .isEqualTo("""
                evidence/github/pulls.json:201:1: unexpected end of file inside record 3: expected '}' to close an object
                hint: the export looks cut off; export it again""");
    }

    @Test
    void rejects_a_record_without_a_number() {
        write(repo, "evidence/pulls.json", "[{\"id\": 1, \"title\": \"Fix\"}]");

        assertThat(failure(repo, source("pulls", "github-pulls", "evidence/pulls.json")))
                .isEqualTo("""
                evidence/pulls.json:1:2: record 1 of 'evidence/pulls.json' has no field 'number'
                hint: the record has the fields 'id', 'title'; the format 'github-pulls' always has it: check that \
                the file is such an export, and export it again""");
    }

    @Test
    void rejects_an_export_of_something_other_than_pull_request_objects() {
        write(repo, "evidence/pulls.json", "[1842, 1843]");

        assertThat(failure(repo, source("pulls", "github-pulls", "evidence/pulls.json")))
                .isEqualTo("""
                evidence/pulls.json:1:2: record 1 of 'evidence/pulls.json' is a number, not an object
                hint: each record must be an object of fields; check that the file is the export the source declares""");
    }

    @Test
    void rejects_a_pull_request_without_merged_at_at_its_position() {
        write(repo, "evidence/pulls.json", """
                [
                  {"number": 1842, "state": "closed", "user": {"login": "dana-dev", "type": "User"},
                   "head": {"sha": "4b1e0c9d8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d"}, "closed_at": "2025-03-04T17:22:09Z"}
                ]
                """);

        assertThat(failure(repo, source("pulls", "github-pulls", "evidence/pulls.json")))
                .isEqualTo("""
                evidence/pulls.json:2:3: record 1 of 'evidence/pulls.json' has no field 'merged_at'
                hint: the record has the fields 'number', 'state', 'user', 'head', 'closed_at'; the format \
                'github-pulls' always has it: check that the file is such an export, and export it again""");
    }

    @Test
    void rejects_a_joined_review_without_state_at_its_position() throws IOException {
        Path reviews = Files.createDirectories(repo.resolve("evidence/github-reviews"));
        Files.copy(
                FIXTURES.resolve("evidence/github-pulls/pulls.json"),
                Files.createDirectories(repo.resolve("evidence/github-pulls")).resolve("pulls.json"));
        Files.writeString(
                reviews.resolve("billing-api-101.json"),
                Files.readString(FIXTURES.resolve("evidence/github-reviews/billing-api-101.json"))
                        .replace("    \"state\": \"APPROVED\",\n", ""));

        assertThat(failure(repo, JOINED, REVIEWS)).isEqualTo("""
                evidence/github-reviews/billing-api-101.json:2:3: record 1 of \
                'evidence/github-reviews/billing-api-101.json' has no field 'state'
                hint: the record has the fields 'id', 'node_id', 'user', 'body', 'html_url', 'pull_request_url', \
                '_links', 'submitted_at', 'commit_id', 'author_association'; the format 'github-reviews' always has \
                it: check that the file is such an export, and export it again""");
    }
}
