package io.github.soc2kit.core.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.EvidenceReader.Keys;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A snapshot lists each key once per file, a source of numbered events once in all its files, and events keyed by
 * what they are about may repeat a key.
 */
class DuplicatesTest {

    private static final String HINT = "the system lists each record once: export the file again, whole; pages or"
            + " time windows that overlap repeat records, and may leave others out";

    private final List<Finding> findings = new ArrayList<>();

    private static EvidenceRecord record(String key, String path, int line) {
        return new EvidenceRecord(key, null, null, Map.of(), new SourcePosition(path, line, 3));
    }

    @Test
    void a_snapshot_counts_a_key_once_per_file_and_reports_the_repeat_with_the_line_of_the_first() {
        Duplicates duplicates = new Duplicates(Keys.UNIQUE_IN_FILE, findings);

        assertThat(List.of(
                        duplicates.repeated(record("carla@tiny.example", "evidence/okta/2026-01.json", 84)),
                        duplicates.repeated(record("finn@tiny.example", "evidence/okta/2026-01.json", 125)),
                        duplicates.repeated(record("carla@tiny.example", "evidence/okta/2026-01.json", 166)),
                        duplicates.repeated(record("carla@tiny.example", "evidence/okta/2026-02.json", 84))))
                .containsExactly(false, false, true, false);
        assertThat(findings)
                .extracting(f -> f.format() + "\n" + f.hint())
                .containsExactly("evidence/okta/2026-01.json:166:3: error: a second record with the key"
                        + " 'carla@tiny.example' (the first is at line 84); only the first is counted"
                        + " [evidence-duplicate]\n" + HINT);
    }

    @Test
    void numbered_events_count_a_key_once_in_all_files_of_the_source() {
        Duplicates duplicates = new Duplicates(Keys.UNIQUE, findings);

        assertThat(List.of(
                        duplicates.repeated(record("4312", "evidence/pagerduty/2026-01.json", 40)),
                        duplicates.repeated(record("4312", "evidence/pagerduty/2026-02.json", 3))))
                .containsExactly(false, true);
        assertThat(findings)
                .extracting(Finding::format)
                .containsExactly("evidence/pagerduty/2026-02.json:3:3: error: a second record with the key '4312'"
                        + " (the first is at evidence/pagerduty/2026-01.json:40); only the first is counted"
                        + " [evidence-duplicate]");
    }

    @Test
    void events_keyed_by_what_they_are_about_may_repeat_a_key() {
        Duplicates duplicates = new Duplicates(Keys.REPEAT, findings);

        assertThat(List.of(
                        duplicates.repeated(record("0015e00000P8kLmAAJ", "evidence/ops/tenant-deletions.ndjson", 5)),
                        duplicates.repeated(record("0015e00000P8kLmAAJ", "evidence/ops/tenant-deletions.ndjson", 6))))
                .containsExactly(false, false);
        duplicates.finish();
        assertThat(findings).isEmpty();
    }

    @Test
    void lists_the_first_hundred_repeats_of_a_file_and_counts_the_rest() {
        Duplicates duplicates = new Duplicates(Keys.UNIQUE_IN_FILE, findings);
        duplicates.repeated(record("ci-deployer", "evidence/aws/credential-report.csv", 2));
        for (int line = 3; line < 3 + 40_000; line++) {
            duplicates.repeated(record("ci-deployer", "evidence/aws/credential-report.csv", line));
        }

        duplicates.finish();

        assertThat(findings).hasSize(Finding.MAX_PER_FILE + 1);
        assertThat(findings.get(Finding.MAX_PER_FILE).format())
                .isEqualTo("evidence/aws/credential-report.csv: error: 39,900 more records of this file repeat an"
                        + " earlier key (only the first 100 are listed); each is counted once [evidence-duplicate]");
    }
}
