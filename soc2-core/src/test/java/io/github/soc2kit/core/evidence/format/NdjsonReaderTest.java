package io.github.soc2kit.core.evidence.format;

import static io.github.soc2kit.core.evidence.TestSources.FIXTURES;
import static io.github.soc2kit.core.evidence.TestSources.bytes;
import static io.github.soc2kit.core.evidence.TestSources.failure;
import static io.github.soc2kit.core.evidence.TestSources.read;
import static io.github.soc2kit.core.evidence.TestSources.source;
import static io.github.soc2kit.core.evidence.TestSources.withFields;
import static io.github.soc2kit.core.evidence.TestSources.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.FieldSelection;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.expr.Conditions;
import io.github.soc2kit.core.model.EvidenceSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NdjsonReaderTest {

    private static final EvidenceSource LOG_DELIVERY =
            withFields(source("log-delivery", "ndjson", "evidence/ndjson/log-delivery.ndjson"), "date", "date", null);

    @TempDir
    Path repo;

    @Test
    void reads_one_record_per_non_blank_line_positioned_at_its_line() {
        List<EvidenceRecord> records = read(FIXTURES, LOG_DELIVERY);

        assertThat(records)
                .extracting(EvidenceRecord::key, EvidenceRecord::timestamp, EvidenceRecord::at)
                .containsExactly(
                        tuple(
                                "2025-03-01",
                                "2025-03-01",
                                new SourcePosition("evidence/ndjson/log-delivery.ndjson", 1, 1)),
                        tuple(
                                "2025-03-02",
                                "2025-03-02",
                                new SourcePosition("evidence/ndjson/log-delivery.ndjson", 2, 1)),
                        tuple(
                                "2025-03-03",
                                "2025-03-03",
                                new SourcePosition("evidence/ndjson/log-delivery.ndjson", 4, 1)));
        assertThat(records.get(2).fields())
                .containsExactly(
                        entry("date", "2025-03-03"),
                        entry("trail", "org-trail"),
                        entry("log_files", 1440L),
                        entry("validated", true),
                        entry("ratio", 0.998));
    }

    @Test
    void reads_only_the_selected_values_and_keeps_the_names_of_the_others() {
        List<EvidenceRecord> records = new ArrayList<>();
        new NdjsonReader()
                .read(
                        LOG_DELIVERY,
                        new ReadContext(
                                FIXTURES,
                                Map.of(LOG_DELIVERY.id(), LOG_DELIVERY),
                                Map.of(LOG_DELIVERY.id(), FieldSelection.of(List.of("date", "validated")))),
                        records::add);

        assertThat(records.get(2).fields())
                .containsExactly(
                        entry("date", "2025-03-03"),
                        entry("trail", Conditions.UNREAD),
                        entry("log_files", Conditions.UNREAD),
                        entry("validated", true),
                        entry("ratio", Conditions.UNREAD));
        assertThat(records.get(2).fieldsAround("validatd"))
                .containsExactly("date", "trail", "log_files", "validated", "ratio");
    }

    @Test
    void numbers_records_without_a_key_field_by_non_blank_line() {
        List<EvidenceRecord> records =
                read(FIXTURES, source("log-delivery", "ndjson", "evidence/ndjson/log-delivery.ndjson"));

        assertThat(records)
                .extracting(EvidenceRecord::key)
                .containsExactly(
                        "evidence/ndjson/log-delivery.ndjson#1",
                        "evidence/ndjson/log-delivery.ndjson#2",
                        "evidence/ndjson/log-delivery.ndjson#3");
    }

    @Test
    void rejects_a_malformed_line_at_its_line_and_column() {
        write(
                repo,
                "evidence/runs.ndjson",
                "{\"run_id\": 1, \"status\": \"completed\"}\n{\"run_id\": 2, \"status\": completed}\n");

        assertThat(failure(repo, source("runs", "ndjson", "evidence/runs.ndjson")))
                .isEqualTo("""
                evidence/runs.ndjson:2:25: invalid JSON inside record 2: unrecognized token 'completed': was expecting \
                (JSON String, Number, Array, Object or token 'null', 'true' or 'false')
                hint: write one complete JSON object per line""");
    }

    @Test
    void refuses_a_byte_that_is_no_utf_8_at_its_line_and_column_rather_than_reading_a_replacement_character() {
        write(
                repo,
                "evidence/runs.ndjson",
                bytes("{\"run_id\": 1}\n{\"run_id\": 2, \"status\": \"comp", 0xFF, "leted\"}\n"));

        assertThat(failure(repo, source("runs", "ndjson", "evidence/runs.ndjson")))
                .isEqualTo("""
                evidence/runs.ndjson:2:31: invalid JSON inside record 2: invalid UTF-8 start byte 0xff
                hint: export or save the file again as UTF-8""");
    }

    @Test
    void refuses_a_line_that_begins_as_utf_16_or_utf_32_at_its_line_rather_than_read_it_in_that_encoding() {
        write(repo, "evidence/utf16.ndjson", bytes(0xFE, "", 0xFF, "", 0, "{", 0, "}\n"));
        write(repo, "evidence/ucs4.ndjson", bytes("{\"run_id\": 1}\n", 0, "A", 0, "", 0, "\n"));

        assertThat(failure(repo, source("runs", "ndjson", "evidence/utf16.ndjson")))
                .isEqualTo("""
                evidence/utf16.ndjson:1:1: line 1 of 'evidence/utf16.ndjson' is not UTF-8 text: it begins with a byte \
                that UTF-8 JSON never holds (is the file UTF-16 or UTF-32?)
                hint: export or save the file again as UTF-8""");
        assertThat(failure(repo, source("runs", "ndjson", "evidence/ucs4.ndjson")))
                .startsWith("evidence/ucs4.ndjson:2:1: line 2 of 'evidence/ucs4.ndjson' is not UTF-8 text");
    }

    @Test
    void ends_a_line_at_a_carriage_return_alone_too_so_that_positions_match_the_parser() {
        write(repo, "evidence/runs.ndjson", "{\"run_id\": 1}\r{\"run_id\": 2}\r\r\n{\"run_id\": 3}\n");
        write(repo, "evidence/cut.ndjson", "{\"run_id\": 1}\r\r\n{\"run_id\":\r\r\n{\"run_id\": 3}\r\r\n");

        assertThat(read(repo, source("runs", "ndjson", "evidence/runs.ndjson")))
                .extracting(r -> r.fields().get("run_id"), r -> r.at().line())
                .containsExactly(tuple(1L, 1), tuple(2L, 2), tuple(3L, 4));
        assertThat(failure(repo, source("cut", "ndjson", "evidence/cut.ndjson")))
                .startsWith("evidence/cut.ndjson:3:11: unexpected end of line inside record 2");
    }

    @Test
    void reads_lines_that_end_in_crlf_after_a_byte_order_mark_and_a_last_line_without_a_line_break() {
        write(
                repo,
                "evidence/runs.ndjson",
                bytes("", 0xEF, "", 0xBB, "", 0xBF, "{\"run_id\": 1, \"by\": \"z\u00fc\"}\r\n \t\r\n{\"run_id\": 2}"));

        assertThat(read(repo, source("runs", "ndjson", "evidence/runs.ndjson")))
                .extracting(EvidenceRecord::fields, EvidenceRecord::at)
                .containsExactly(
                        tuple(Map.of("run_id", 1L, "by", "z\u00fc"), new SourcePosition("evidence/runs.ndjson", 1, 1)),
                        tuple(Map.of("run_id", 2L), new SourcePosition("evidence/runs.ndjson", 3, 1)));
    }

    @Test
    void reads_lines_longer_than_what_it_reads_at_a_time() {
        String log = "x".repeat(300_000);
        write(
                repo,
                "evidence/runs.ndjson",
                "{\"run_id\": 1, \"log\": \"" + log + "\"}\n{\"run_id\": 2, \"log\": \"" + log + log
                        + "\"}\n{\"run_id\": 3}\n");

        assertThat(read(repo, source("runs", "ndjson", "evidence/runs.ndjson")))
                .extracting(
                        r -> r.fields().get("run_id"),
                        r -> String.valueOf(r.fields().get("log")).length(),
                        r -> r.at().line())
                .containsExactly(tuple(1L, 300_000, 1), tuple(2L, 600_000, 2), tuple(3L, 4, 3));
    }

    @Test
    void refuses_a_line_too_long_to_be_a_record_where_it_starts_without_holding_it_whole() {
        write(
                repo,
                "evidence/runs.ndjson",
                "{\"run_id\": 1}\n{\"pad\": \"" + "x".repeat(NdjsonReader.MAX_LINE_BYTES) + "\"}\n");

        assertThat(failure(repo, source("runs", "ndjson", "evidence/runs.ndjson")))
                .isEqualTo("""
                evidence/runs.ndjson:2:1: line 2 of 'evidence/runs.ndjson' is longer than 8,388,608 bytes; an NDJSON \
                export holds one JSON object per line
                hint: export one record per line, or check that the file is NDJSON""");
    }

    @Test
    void refuses_a_string_past_the_value_limit_in_a_line_within_the_line_limit() {
        write(
                repo,
                "evidence/runs.ndjson",
                "{\"run_id\": 1}\n{\"run_id\": 2, \"log\": \"" + "x".repeat(ValueLimits.MAX_TEXT_CHARS + 1) + "\"}\n");

        assertThat(failure(repo, source("runs", "ndjson", "evidence/runs.ndjson")))
                .isEqualTo("""
                evidence/runs.ndjson:2:1: 'evidence/runs.ndjson' holds a value longer than 1,048,576 characters \
                inside record 2
                hint: no system of record writes values this large: check that the file is the export the source \
                declares, and export it again""");
    }

    @Test
    void does_not_refuse_a_string_past_the_value_limit_that_nothing_reads() {
        write(
                repo,
                "evidence/runs.ndjson",
                "{\"run_id\": 1}\n{\"run_id\": 2, \"log\": \"" + "x".repeat(ValueLimits.MAX_TEXT_CHARS + 1) + "\"}\n");
        EvidenceSource runs = source("runs", "ndjson", "evidence/runs.ndjson");
        List<EvidenceRecord> records = new ArrayList<>();

        new NdjsonReader()
                .read(
                        runs,
                        new ReadContext(
                                repo, Map.of(runs.id(), runs), Map.of(runs.id(), FieldSelection.of(List.of("run_id")))),
                        records::add);

        assertThat(records.get(1).fields()).containsExactly(entry("run_id", 2L), entry("log", Conditions.UNREAD));
    }

    @Test
    void rejects_a_line_that_was_cut_off() {
        write(repo, "evidence/runs.ndjson", "{\"run_id\": 1}\n{\"run_id\": 2, \"status\": \"comp\n");

        assertThat(failure(repo, source("runs", "ndjson", "evidence/runs.ndjson")))
                .isEqualTo("""
                evidence/runs.ndjson:2:30: unexpected end of line inside record 2: expected '"' to close a string
                hint: each line must hold one complete JSON object; this one looks cut off""");
    }

    @Test
    void rejects_two_values_on_one_line() {
        write(repo, "evidence/runs.ndjson", "{\"run_id\": 1} {\"run_id\": 2}\n");

        assertThat(failure(repo, source("runs", "ndjson", "evidence/runs.ndjson")))
                .isEqualTo("""
                evidence/runs.ndjson:1:15: line of record 1 holds more than one JSON value
                hint: write one JSON object per line""");
    }

    @Test
    void rejects_a_line_that_is_not_an_object() {
        write(repo, "evidence/runs.ndjson", "{\"run_id\": 1}\n[1, 2]\n");

        assertThat(failure(repo, source("runs", "ndjson", "evidence/runs.ndjson")))
                .isEqualTo("""
                evidence/runs.ndjson:2:1: record 2 of 'evidence/runs.ndjson' is an array, not an object
                hint: write one JSON object per line""");
    }

    @Test
    void rejects_a_configured_field_that_a_record_lacks() {
        write(
                repo,
                "evidence/runs.ndjson",
                "{\"run_id\": 1, \"finished_at\": \"2025-03-01T02:00:00Z\"}\n{\"run_id\": 2}\n");

        assertThat(failure(
                        repo,
                        withFields(source("runs", "ndjson", "evidence/runs.ndjson"), "run_id", "finished_at", null)))
                .isEqualTo("""
                        evidence/runs.ndjson:2:1: record 2 of 'evidence/runs.ndjson' has no field 'finished_at'
                        hint: the record has the fields 'run_id'; fix 'fields.timestamp' of source 'runs' in evidence/sources.yaml""");
    }
}
