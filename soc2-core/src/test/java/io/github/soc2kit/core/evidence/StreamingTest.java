package io.github.soc2kit.core.evidence;

import static io.github.soc2kit.core.evidence.TestSources.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.evidence.registry.EvidenceReaders;
import io.github.soc2kit.core.model.EvidenceSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Large exports are streamed: records reach the sink while the file is still being read, and none are kept. */
class StreamingTest {

    private static final int PULLS = 200_000;

    @TempDir
    Path repo;

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void streams_a_large_pull_request_export_record_by_record() throws IOException {
        Path file = repo.resolve("evidence/github/pulls.json");
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("[\n");
            for (int n = 1; n <= PULLS; n++) {
                out.write("  {\"number\": " + n + ", \"state\": \"closed\", \"user\": {\"login\": \"dev-" + n % 50
                        + "\", \"type\": \"User\"}, "
                        + "\"merged_at\": " + (n % 10 == 0 ? "null" : "\"2025-03-04T17:22:09Z\"") + ", "
                        + "\"head\": {\"sha\": \"4b1e0c9d8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d\"}, "
                        + "\"base\": {\"ref\": \"main\", \"repo\": {\"name\": \"ledger\", \"full_name\": \"acme/ledger\"}}}"
                        + (n < PULLS ? ",\n" : "\n"));
            }
            out.write("]\n");
        }
        EvidenceSource pulls = source("github-pulls", "github-pulls", "evidence/github/pulls.json");
        ReadContext context = TestSources.context(repo, pulls);
        long[] counts = new long[3]; // records, merged, records that arrived before the file was fully read

        EvidenceReaders.forFormat("github-pulls").read(pulls, context, record -> {
            counts[0]++;
            if (Boolean.TRUE.equals(record.get("merged"))) {
                counts[1]++;
            }
            if (context.digests().isEmpty()) {
                counts[2]++;
            }
        });

        assertThat(counts[0]).isEqualTo(PULLS);
        assertThat(counts[1]).isEqualTo(PULLS - PULLS / 10);
        assertThat(counts[2])
                .as("every record is handed on while the file is still open")
                .isEqualTo(PULLS);
        assertThat(context.digests().get("evidence/github/pulls.json").bytes()).isEqualTo(Files.size(file));
    }
}
