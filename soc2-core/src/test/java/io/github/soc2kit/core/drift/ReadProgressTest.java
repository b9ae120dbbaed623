package io.github.soc2kit.core.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.api.EvidenceVerifier;
import io.github.soc2kit.core.api.VerifyRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress is told from a ticker the test sets, never from the time the test takes. */
class ReadProgressTest {

    @TempDir
    Path temp;

    /** A ticker that moves on by {@code step} milliseconds each time it is read. */
    private static LongSupplier ticking(long step) {
        long[] now = {0};
        return () -> now[0] += step * 1_000_000L;
    }

    /** What reading {@code records} records of 'github-pulls' says when the ticker moves {@code step} ms a read. */
    private static List<String> told(long step, int records) {
        List<String> lines = new ArrayList<>();
        ReadProgress progress = new ReadProgress(lines::add, ticking(step));
        progress.start("github-pulls");
        for (int i = 0; i < records; i++) {
            progress.record();
        }
        progress.finish();
        return lines;
    }

    @Test
    void says_per_source_the_records_read_every_five_seconds_and_the_time_taken_when_done() {
        assertThat(told(1_500, 5))
                .containsExactly(
                        "reading 'github-pulls': 4 records in 6.0 s so far", "read 'github-pulls': 5 records in 9.0 s");
    }

    @Test
    void says_nothing_of_a_source_read_in_under_a_second() {
        assertThat(told(1, 900)).isEmpty();
    }

    @Test
    void a_verification_tells_its_listener_and_writes_the_same_reports_as_a_silent_one() throws IOException {
        Path repo = Fixtures.repository(temp.resolve("repo"), Fixtures.resource("checks/population"));
        Clock clock = Clock.fixed(Instant.parse("2026-07-01T00:00:00Z"), ZoneOffset.UTC);
        List<String> told = new ArrayList<>();
        new EvidenceVerifier(clock, ticking(400))
                .verify(new VerifyRequest(repo, repo.resolve("target"), temp.resolve("told"), null, told::add));
        new EvidenceVerifier(clock, ticking(0))
                .verify(new VerifyRequest(repo, repo.resolve("target"), temp.resolve("silent"), null, line -> {}));

        assertThat(told).anyMatch(line -> line.matches("read 'github-pulls': \\d+ records in \\d+\\.\\d s"));
        assertThat(files(temp.resolve("told"))).isNotEmpty().isEqualTo(files(temp.resolve("silent")));
    }

    private static List<String> files(Path folder) throws IOException {
        List<String> contents = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                contents.add(folder.relativize(file) + "\n" + Files.readString(file));
            }
        }
        return contents;
    }
}
