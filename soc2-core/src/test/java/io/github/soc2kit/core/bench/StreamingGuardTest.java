package io.github.soc2kit.core.bench;

import static io.github.soc2kit.core.evidence.TestSources.failure;
import static io.github.soc2kit.core.evidence.TestSources.source;
import static io.github.soc2kit.core.evidence.TestSources.withRecords;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.api.EvidenceVerifier;
import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.api.VerifyRequest;
import io.github.soc2kit.core.api.VerifyResult;
import io.github.soc2kit.core.api.VerifyResults;
import io.github.soc2kit.core.assess.ControlResult;
import io.github.soc2kit.core.model.EvidenceSource;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming guarantee in every build: 100,000 generated pull requests, about 45 MB of JSON, verified by the
 * {@code streaming-guard} surefire execution in a JVM limited to {@code -Xmx32m}. The export alone is larger than the
 * heap (the test checks that first), and its parsed tree would be several times larger again, so it passes only if
 * evidence is streamed; a YAML value of 100 MB is refused in the same heap. {@link LargeExportTest} is the same check at ten times the size, with {@code -Pbench}.
 *
 * <p>Run it alone with {@code ./mvnw -pl soc2-core -am test-compile surefire:test@streaming-guard}.
 */
class StreamingGuardTest {

    @TempDir
    Path temp;

    @Test
    void verifies_a_hundred_thousand_pull_requests_in_a_heap_smaller_than_their_export() throws IOException {
        int records = 100_000;
        Path repo = temp.resolve("repo");
        Path pulls = PullRequestExport.write(repo, records);
        long heap = Runtime.getRuntime().maxMemory();
        assertThat(heap)
                .as(
                        "this JVM's max heap (%d MB) could hold the %d MB export whole, so the test would pass without streaming;"
                                + " it belongs in the surefire execution 'streaming-guard' of soc2-core/pom.xml (-Xmx32m), which"
                                + " every ./mvnw test runs",
                        heap >> 20, Files.size(pulls) >> 20)
                .isLessThan(Files.size(pulls));

        VerifyResult result = new EvidenceVerifier()
                .verify(new VerifyRequest(
                        repo, repo.resolve("target"), temp.resolve("out"), Fixtures.AFTER_PERIOD, Soc2Listener.NONE));

        ControlResult chg01 = VerifyResults.control(result, "CHG-01");
        assertThat(chg01.population()).isEqualTo(100_000);
        assertThat(chg01.deviations())
                .as("every 100th has neither approvals nor the docs-only label")
                .isEqualTo(1_000);
        assertThat(VerifyResults.messages(result, "population-deviation"))
                .singleElement(InstanceOfAssertFactories.STRING)
                .as("counts as a reader reads them")
                .startsWith("CHG-01: 1,000 of 100,000 records (1.0 %) deviate: ")
                .contains("tiny-co/tiny#1000 and 990 more (does not meet");
    }

    @Test
    void refuses_a_yaml_value_of_100_mb_where_its_record_starts_in_a_heap_smaller_than_the_value() throws IOException {
        Path repo = temp.resolve("repo");
        Path export = repo.resolve("evidence/reviews.yaml");
        Files.createDirectories(export.getParent());
        try (Writer out = Files.newBufferedWriter(export)) {
            out.write("reviews:\n  - id: AR-1\n  - id: AR-2\n    notes: ");
            String chunk = "0123456789".repeat(1000);
            for (int i = 0; i < 10_000; i++) {
                out.write(chunk);
            }
            out.write("\n");
        }
        assertThat(Runtime.getRuntime().maxMemory())
                .as("a heap smaller than the value, in the surefire execution 'streaming-guard' (-Xmx32m)")
                .isLessThan(Files.size(export));

        EvidenceSource reviews = withRecords(source("access-reviews", "yaml", "evidence/reviews.yaml"), "/reviews");
        assertThat(failure(repo, reviews))
                .isEqualTo("evidence/reviews.yaml:3:5: 'evidence/reviews.yaml' holds a value or comment that takes"
                        + " more than 1,114,112 bytes of the file inside record 2\nhint: no system of record writes values this large: check"
                        + " that the file is the export the source declares, and export it again");
    }
}
