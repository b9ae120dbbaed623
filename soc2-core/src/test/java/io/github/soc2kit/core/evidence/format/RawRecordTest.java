package io.github.soc2kit.core.evidence.format;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.EvidenceException;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A value an export gets wrong is quoted in the message, clipped: a value of megabytes cannot fill the log. */
class RawRecordTest {

    /** 10,000 characters that are no date, no boolean: quoted as their first 80 and "…". */
    private static final String LONG = "2026-".repeat(2000);

    private static RawRecord record(String field, String value) {
        Map<String, @Nullable Object> fields = new HashMap<>();
        fields.put(field, value);
        return new RawRecord("evidence/export.csv", 2, new SourcePosition("evidence/export.csv", 3, 1), fields);
    }

    @Test
    void a_bad_date_of_10000_characters_is_quoted_clipped_at_80() {
        assertThatThrownBy(() -> record("merged_at", LONG).instant("merged_at"))
                .isInstanceOf(EvidenceException.class)
                .hasMessage("record 2 of 'evidence/export.csv' has '" + "2026-".repeat(16) + "…' in 'merged_at',"
                        + " expected an ISO-8601 date and time such as '2025-03-04T17:22:09Z'");
    }

    @Test
    void a_bad_boolean_of_10000_characters_is_quoted_clipped_at_80() {
        assertThatThrownBy(() -> CsvRows.toBoolean(record("Active", LONG), "Active"))
                .isInstanceOf(EvidenceException.class)
                .hasMessage("record 2 of 'evidence/export.csv' has '" + "2026-".repeat(16) + "…' in column 'Active',"
                        + " expected 'true' or 'false'");
    }
}
