package io.github.soc2kit.core.bench;

import io.github.soc2kit.core.api.VerifyResults;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.api.EvidenceVerifier;
import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.api.VerifyRequest;
import io.github.soc2kit.core.api.VerifyResult;
import io.github.soc2kit.core.assess.ControlResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verifies a generated export of {@code soc2.bench.records} pull requests (default 1,000,000) end to end. The
 * {@code large-export} surefire execution runs it in a JVM limited to {@code -Xmx256m}: it passes only if
 * evidence is streamed, never loaded whole. It prints the throughput; it asserts no wall-clock time.
 */
class LargeExportTest {

    @TempDir
    Path temp;

    @Test
    void verifies_a_million_pull_requests_in_256_megabytes() throws IOException {
        int records = Integer.getInteger("soc2.bench.records", 1_000_000);
        Path repo = Fixtures.repository(temp.resolve("repo"), Fixtures.resource("bench/large"));
        Path pulls = repo.resolve("evidence/github/pulls.json");
        Files.createDirectories(pulls.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(pulls, StandardCharsets.UTF_8)) {
            out.write("[\n");
            for (int n = 1; n <= records; n++) {
                String merged = String.format(Locale.ROOT, "2026-%02d-%02dT12:00:00Z", 1 + n % 6, 1 + n % 28);
                out.write(String.format(Locale.ROOT, "{\"url\":\"https://api.github.com/repos/tiny-co/tiny/pulls/%d\","
                        + "\"number\":%d,\"state\":\"closed\",\"title\":\"Change %d\",\"user\":{\"login\":\"benok\",\"type\":\"User\"},"
                        + "\"labels\":%s,\"created_at\":\"2026-01-01T00:00:00Z\",\"merged_at\":\"%s\",\"closed_at\":\"%s\","
                        + "\"head\":{\"ref\":\"f%d\",\"sha\":\"h%d\",\"repo\":{\"name\":\"tiny\",\"full_name\":\"tiny-co/tiny\"}},"
                        + "\"base\":{\"ref\":\"main\",\"sha\":\"b%d\",\"repo\":{\"name\":\"tiny\",\"full_name\":\"tiny-co/tiny\"}}}%s\n",
                        n, n, n, n % 100 == 0 ? "[]" : "[{\"name\":\"docs-only\"}]", merged, merged, n, n, n,
                        n < records ? "," : ""));
            }
            out.write("]\n");
        }
        Path reviews = repo.resolve("evidence/github/reviews");
        Files.createDirectories(reviews);
        Files.writeString(reviews.resolve("tiny-1.json"), "[{\"id\":1,\"user\":{\"login\":\"anali\"},\"state\":\"APPROVED\","
                + "\"submitted_at\":\"2026-01-01T01:00:00Z\",\"commit_id\":\"h1\",\"pull_request_url\":"
                + "\"https://api.github.com/repos/tiny-co/tiny/pulls/1\"}]\n");

        Runtime runtime = Runtime.getRuntime();
        long start = System.nanoTime();
        VerifyResult result = new EvidenceVerifier().verify(new VerifyRequest(repo, temp.resolve("out"), Soc2Listener.NONE));
        double seconds = (System.nanoTime() - start) / 1e9;

        ControlResult chg01 = VerifyResults.report(result).controls().stream().filter(c -> c.id().equals("CHG-01")).findFirst().orElseThrow();
        assertThat(chg01.population()).isEqualTo(records);
        assertThat(chg01.deviations()).as("every 100th has neither approvals nor the docs-only label").isEqualTo(records / 100);
        System.out.printf(Locale.ROOT, "large export: %,d pull requests (%,d MB) verified in %.1f s, %,.0f records/s, max heap %d MB%n",
                records, Files.size(pulls) >> 20, seconds, records / seconds, runtime.maxMemory() >> 20);
    }
}
