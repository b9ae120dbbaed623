package io.github.soc2kit.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.api.EvidenceVerifier;
import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.api.VerifyRequest;
import io.github.soc2kit.core.api.VerifyResult;
import io.github.soc2kit.core.api.VerifyResults;
import io.github.soc2kit.core.assess.ControlResult;
import io.github.soc2kit.core.assess.VerifyReport;
import io.github.soc2kit.core.drift.SourceProvenance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * The company-year benchmark ({@code ./mvnw verify -Pbench}, surefire execution {@code verification-benchmark}, in
 * a JVM limited to {@code -Xmx256m}): the exports of {@link CompanyExport} at {@code soc2.bench.pulls} pull requests
 * (default 10,000, about 200 MB; the large scale is 97,000, about 2 GB), timed side by side in one run
 * against the floor, a bare Jackson streaming pass over the same bytes. Each is timed five times after a warm-up
 * and the best time counts. It prints time, records per second and peak heap of both and their ratio, and the time of
 * the first verification in the JVM (the warm-up, run before any floor pass), which like a build's one verification
 * compiles the code as it runs; it asserts what the checks found, never a time.
 */
class VerificationBenchmarkTest {

    /** The day the benchmark judges as of: the example's period end. */
    private static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

    @TempDir
    Path temp;

    @Test
    void prints_core_verification_time_against_a_bare_jackson_pass() throws IOException {
        int pulls = Integer.getInteger("soc2.bench.pulls", 10_000);
        Path repo = CompanyExport.write(temp.resolve("repo"), pulls);
        List<Path> files = evidence(repo);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }

        Run floor = null;
        Run core = null;
        Run first = null;
        VerifyReport report = null;
        for (int round = 0; round < 6; round++) { // the first is the warm-up
            Run c = Run.timed(() -> new EvidenceVerifier()
                    .verify(new VerifyRequest(
                            repo, repo.resolve("target"), temp.resolve("out"), AS_OF, Soc2Listener.NONE)));
            Run f = Run.timed(() ->
                    files.stream().mapToLong(VerificationBenchmarkTest::tokens).sum());
            report = VerifyResults.report((VerifyResult) c.value());
            if (round > 0) {
                floor = floor == null || f.nanos() < floor.nanos() ? f : floor;
                core = core == null || c.nanos() < core.nanos() ? c : core;
            } else {
                first = c;
            }
        }

        ControlResult chg01 = report.controls().stream()
                .filter(c -> c.id().equals("CHG-01"))
                .findFirst()
                .orElseThrow();
        assertThat(chg01.population()).isEqualTo(CompanyExport.mergedIntoMain(pulls));
        assertThat(chg01.deviations())
                .as("every 50th merged pull request has one approval of the two required")
                .isEqualTo(CompanyExport.singleApproval(pulls));
        long records =
                report.sources().stream().mapToLong(SourceProvenance::records).sum();
        System.out.printf(
                Locale.ROOT,
                "%nverification benchmark: %,d pull requests, %,d records, %,d MB in %,d files, %d controls, max heap"
                        + " %d MB, %d processors%n"
                        + "  %-34s %9s %12s %10s%n"
                        + "  %-34s %8.2fs %12s %7d MB%n"
                        + "  %-34s %8.2fs %12s %7d MB%n"
                        + "  ratio %.2f (target: at most 1.5)%n"
                        + "  the first verification in this JVM, which compiles the code as it runs: %.2fs, %.2f times the"
                        + " floor%n",
                pulls,
                records,
                bytes >> 20,
                files.size(),
                report.controls().size(),
                Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(),
                "",
                "time",
                "records/s",
                "peak heap",
                "floor: Jackson streaming pass",
                floor.seconds(),
                String.format(Locale.ROOT, "%,.0f", records / floor.seconds()),
                floor.peakHeap() >> 20,
                "soc2kit verification (core)",
                core.seconds(),
                String.format(Locale.ROOT, "%,.0f", records / core.seconds()),
                core.peakHeap() >> 20,
                core.seconds() / floor.seconds(),
                first.seconds(),
                first.seconds() / floor.seconds());
    }

    /** The evidence files, sorted: what the floor reads. */
    private static List<Path> evidence(Path repo) throws IOException {
        try (Stream<Path> walk = Files.walk(repo.resolve("evidence"))) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> factory(file) != null)
                    .sorted()
                    .toList();
        }
    }

    private static TokenStreamFactory factory(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".json") || name.endsWith(".ndjson")) {
            return JSON;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        return name.endsWith(".yaml") ? YAML : null;
    }

    private static final TokenStreamFactory JSON = new JsonFactory();
    private static final TokenStreamFactory CSV = new CsvFactory();
    private static final TokenStreamFactory YAML = new YAMLFactory();

    /** Every token of one file, through Jackson's streaming parser: the least a reader of it must do. */
    static long tokens(Path file) {
        long count = 0;
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = factory(file).createParser(ObjectReadContext.empty(), in)) {
            while (parser.nextToken() != null) {
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    /** One timed run: its result, wall time and the heap's peak during it. */
    private record Run(Object value, long nanos, long peakHeap) {

        /**
         * Times {@code work}; the peak is the most heap in use at any of the samples taken every millisecond while it
         * runs (the sum of each pool's own peak would count space that was never in use at one time).
         */
        static Run timed(Supplier<Object> work) {
            System.gc();
            AtomicLong peak = new AtomicLong();
            AtomicBoolean done = new AtomicBoolean();
            Thread sampler = new Thread(() -> {
                Runtime runtime = Runtime.getRuntime();
                while (!done.get()) {
                    peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                    LockSupport.parkNanos(1_000_000);
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long start = System.nanoTime();
            Object value;
            try {
                value = work.get();
            } finally {
                done.set(true);
            }
            long nanos = System.nanoTime() - start;
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Run(value, nanos, peak.get());
        }

        double seconds() {
            return nanos / 1e9;
        }
    }
}
