package io.github.soc2kit.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.api.EvidenceVerifier;
import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.api.VerifyRequest;
import io.github.soc2kit.core.api.VerifyResult;
import io.github.soc2kit.core.api.VerifyResults;
import io.github.soc2kit.core.assess.ControlResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verifies a generated export of {@code soc2.bench.records} pull requests (default 1,000,000, about 455 MB) end to
 * end. The {@code large-export} surefire execution of the {@code bench} profile ({@code ./mvnw verify -Pbench}) runs
 * it in a JVM limited to {@code -Xmx256m}: it passes only if evidence is streamed, never loaded whole. It prints the
 * throughput and the ratio to a bare Jackson pass over the file, the best of two runs each, and the time of the first
 * verification (run before any pass), which like a build's one verification compiles the code as it runs; it asserts
 * no wall-clock time. {@link StreamingGuardTest} checks the same in every build, at a tenth of the size.
 */
class LargeExportTest {

    @TempDir
    Path temp;

    @Test
    void verifies_a_million_pull_requests_in_256_megabytes() throws IOException {
        int records = Integer.getInteger("soc2.bench.records", 1_000_000);
        Path repo = temp.resolve("repo");
        Path pulls = PullRequestExport.write(repo, records);

        Runtime runtime = Runtime.getRuntime();
        double floor = Double.MAX_VALUE;
        double seconds = Double.MAX_VALUE;
        double first = 0;
        VerifyResult result = null;
        for (int round = 0; round < 2; round++) { // the best of two: the first warms the JIT up
            long start = System.nanoTime();
            result = new EvidenceVerifier()
                    .verify(new VerifyRequest(
                            repo,
                            repo.resolve("target"),
                            temp.resolve("out"),
                            Fixtures.AFTER_PERIOD,
                            Soc2Listener.NONE));
            double verification = (System.nanoTime() - start) / 1e9;
            seconds = Math.min(seconds, verification);
            first = round == 0 ? verification : first;
            start = System.nanoTime();
            VerificationBenchmarkTest.tokens(pulls);
            floor = Math.min(floor, (System.nanoTime() - start) / 1e9);
        }

        ControlResult chg01 = VerifyResults.control(result, "CHG-01");
        assertThat(chg01.population()).isEqualTo(records);
        assertThat(chg01.deviations())
                .as("every 100th has neither approvals nor the docs-only label")
                .isEqualTo(records / 100);
        System.out.printf(
                Locale.ROOT,
                "large export: %,d pull requests (%,d MB) verified in %.1f s, %,.0f records/s, max heap %d MB;"
                        + " a Jackson streaming pass over the file %.1f s; ratio %.2f (target: at most 2); the first"
                        + " verification %.1f s, %.2f times the pass%n",
                records,
                Files.size(pulls) >> 20,
                seconds,
                records / seconds,
                runtime.maxMemory() >> 20,
                floor,
                seconds / floor,
                first,
                first / floor);
    }
}
