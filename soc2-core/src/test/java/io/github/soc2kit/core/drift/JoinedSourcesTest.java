package io.github.soc2kit.core.drift;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.api.EvidenceVerifier;
import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.api.VerifyRequest;
import io.github.soc2kit.core.api.VerifyResult;
import io.github.soc2kit.core.api.VerifyResults;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.evidence.EvidenceReader;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.evidence.registry.EvidenceReaders;
import io.github.soc2kit.core.expr.Conditions;
import io.github.soc2kit.core.load.RepositoryLoader;
import io.github.soc2kit.core.load.SchemaValidator;
import io.github.soc2kit.core.model.EvidenceSource;
import io.github.soc2kit.core.model.PolicyRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
    void a_source_covers_the_days_from_its_earliest_record_to_its_latest_whatever_their_order() throws IOException {
        Path root = repository();
        Path pulls = root.resolve("evidence/github/pulls.json");
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> reversed =
                new ArrayList<>(json.readTree(pulls.toFile()).valueStream().toList());
        Collections.reverse(reversed);
        Files.writeString(pulls, json.writeValueAsString(reversed));

        SourceProvenance provenance = VerifyResults.report(verify(root)).sources().stream()
                .filter(s -> s.id().equals("github-pulls"))
                .findFirst()
                .orElseThrow();

        assertThat(provenance.first()).isEqualTo("2025-03-04");
        assertThat(provenance.last()).isEqualTo("2025-03-11");
    }

    /** Adds CHG-09, a control of the change-management policy with {@code test}, which reads the reviews too. */
    private static void reviewsControl(Path root, String test) throws IOException {
        Files.writeString(root.resolve("controls/CHG-09.yaml"), """
                id: CHG-09
                title: Reviews are in order
                policy: change-management
                owner: ben@tiny.example
                frequency: per_event
                risk: low
                criteria: [CC8.1]
                components: [tiny-app]
                test:
                """ + test.indent(2));
        Path policy = root.resolve("policies/change-management.yaml");
        Files.writeString(
                policy,
                Files.readString(policy).replace("[CHG-01, CHG-02, GOV-01]", "[CHG-01, CHG-02, CHG-09, GOV-01]"));
    }

    private static final String POPULATION_OF_REVIEWS = """
            kind: population
            source: github-reviews
            at: submitted_at
            require: record.pull_number != null
            """;

    @Test
    void two_sources_joining_one_source_each_report_their_own_records_without_a_file() throws IOException {
        Path root = repository();
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> archived = json.readTree(
                        root.resolve("evidence/github/pulls.json").toFile())
                .valueStream()
                .filter(pull -> pull.get("number").asInt() <= 104 // each has its review file
                        || pull.get("number").asInt() == 108) // the one without
                .toList();
        Files.writeString(root.resolve("evidence/github/archived-pulls.json"), json.writeValueAsString(archived));
        Path sources = root.resolve("evidence/sources.yaml");
        Files.writeString(sources, Files.readString(sources) + """
                  - id: archived-pulls
                    format: github-pulls
                    path: evidence/github/archived-pulls.json
                    join: github-reviews
                """);
        reviewsControl(root, """
                kind: population
                source: archived-pulls
                at: merged_at
                require: record.independent_approvals >= 1
                """);

        List<String> unjoined = verify(root).findings().findings().stream()
                .map(Finding::format)
                .filter(finding -> finding.contains("found no file in"))
                .toList();

        assertThat(unjoined)
                .containsExactlyInAnyOrder(
                        "evidence/sources.yaml:9:11: error: 1 record of 'archived-pulls' found no file in"
                                + " 'github-reviews', so it reads as having none of what it adds: acme/billing-api#108"
                                + " [evidence-missing]",
                        "evidence/sources.yaml:9:11: error: 1 record of 'github-pulls' found no file in"
                                + " 'github-reviews', so it reads as having none of what it adds: acme/billing-api#108"
                                + " [evidence-missing]");
    }

    @Test
    void a_joined_source_that_a_control_reads_too_is_evidence_of_its_own_and_still_joined() throws IOException {
        Path root = repository();
        reviewsControl(root, POPULATION_OF_REVIEWS);
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
        SourceProvenance read = provenance(result, "github-reviews");
        assertThat(read.joinedInto()).isNull();
        assertThat(read.files()).hasSize(8);
        assertThat(read.records()).isEqualTo(14);
    }

    private static SourceProvenance provenance(VerifyResult result, String id) {
        return VerifyResults.report(result).sources().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** The sources the engine reads, in order, each with " keeping" when asked to keep what a join needs. */
    private static List<String> reads(Path root) {
        PolicyRepository repository =
                new RepositoryLoader(new SchemaValidator()).load(root).repository();
        List<String> reads = new ArrayList<>();
        Function<String, EvidenceReader> readers = format -> new EvidenceReader() {
            @Override
            public void read(EvidenceSource source, ReadContext context, Consumer<EvidenceRecord> sink) {
                reads.add(source.id() + (context.keeping(source) ? " keeping" : ""));
            }

            @Override
            public boolean keepsForJoins() {
                return EvidenceReaders.forFormat(format).keepsForJoins();
            }
        };
        new DriftEngine(new Conditions(), readers).run(repository, root, Fixtures.AFTER_PERIOD);
        return reads;
    }

    @Test
    void a_joined_source_that_a_control_reads_too_is_read_just_before_the_join_keeping_what_it_needs()
            throws IOException {
        Path root = repository();
        assertThat(reads(root)).as("read by the join alone").containsExactly("github-pulls");

        reviewsControl(root, POPULATION_OF_REVIEWS);
        assertThat(reads(root)).containsExactly("github-reviews keeping", "github-pulls");

        Path sources = root.resolve("evidence/sources.yaml");
        Files.writeString(
                sources,
                Files.readString(sources)
                        .replace("id: github-reviews", "id: approvals")
                        .replace("join: github-reviews", "join: approvals"));
        reviewsControl(root, POPULATION_OF_REVIEWS.replace("github-reviews", "approvals"));
        assertThat(reads(root)).as("its id before the join's").containsExactly("approvals keeping", "github-pulls");
    }

    @Test
    void a_check_of_both_sources_fails_by_the_first_in_id_order_whatever_the_order_of_reading() throws IOException {
        Path root = repository();
        reviewsControl(root, """
                kind: timeliness
                trigger:
                  source: github-pulls
                  at: merged_at
                  key: number
                response:
                  source: github-reviews
                  at: submitted_at
                  key: pull_number
                within_days: 2
                """);
        Path file = root.resolve("evidence/github/reviews/billing-api-105.json");
        Files.writeString(file, Files.readString(file).replaceFirst("\"2025-03-0\\dT", "\"last Tuesday T"));

        assertThat(verify(root).findings().findings())
                .extracting(Finding::format)
                .filteredOn(finding -> finding.startsWith("controls/CHG-09.yaml"))
                .as("the reviews, read first, fail it by a time that is no time; the pull requests' join, by the same")
                .singleElement(as(InstanceOfAssertFactories.STRING))
                .contains("control 'CHG-09' could not be tested: evidence source 'github-pulls' could not be read:"
                        + " record 1 of 'evidence/github/reviews/billing-api-105.json' has 'last Tuesday T");
    }

    @Test
    void a_joined_source_s_provenance_lists_the_files_its_join_read_after_its_own_reading_stopped() throws IOException {
        Path root = repository();
        reviewsControl(root, POPULATION_OF_REVIEWS);
        Files.writeString(root.resolve("evidence/github/reviews/billing-api-100.json"), "[{\"id\": 1"); // first

        assertThat(provenance(verify(root), "github-reviews").files())
                .extracting(d -> d.path())
                .contains(
                        "evidence/github/reviews/billing-api-101.json", "evidence/github/reviews/billing-api-107.json");
    }
}
