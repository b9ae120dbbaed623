package io.github.soc2kit.core.evidence.format;

import static io.github.soc2kit.core.evidence.TestSources.FIXTURES;
import static io.github.soc2kit.core.evidence.TestSources.bytes;
import static io.github.soc2kit.core.evidence.TestSources.failure;
import static io.github.soc2kit.core.evidence.TestSources.read;
import static io.github.soc2kit.core.evidence.TestSources.source;
import static io.github.soc2kit.core.evidence.TestSources.withFields;
import static io.github.soc2kit.core.evidence.TestSources.withRecords;
import static io.github.soc2kit.core.evidence.TestSources.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.EvidenceException;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.FieldSelection;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.evidence.TestSources;
import io.github.soc2kit.core.evidence.registry.EvidenceReaders;
import io.github.soc2kit.core.expr.Conditions;
import io.github.soc2kit.core.model.EvidenceSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonArrayReaderTest {

    private static final EvidenceSource RDS = withFields(
            withRecords(source("rds-instances", "json", "evidence/json/rds-instances.json"), "/DBInstances"),
            "DBInstanceIdentifier",
            "InstanceCreateTime",
            null);

    @TempDir
    Path repo;

    @Test
    void refuses_a_byte_that_is_no_utf_8_at_its_line_and_column_and_says_to_save_the_file_as_utf_8() {
        write(repo, "evidence/users.json", bytes("[\n  {\"id\": 1, \"name\": \"J", 0xFF, "rg\"}\n]\n"));

        assertThat(failure(repo, source("users", "json", "evidence/users.json")))
                .isEqualTo("""
                        evidence/users.json:2:24: invalid JSON inside record 1: invalid UTF-8 start byte 0xff
                        hint: export or save the file again as UTF-8""");
    }

    @Test
    void reads_the_objects_of_the_array_at_the_records_pointer() {
        List<EvidenceRecord> records = read(FIXTURES, RDS);

        assertThat(records)
                .extracting(
                        EvidenceRecord::key, EvidenceRecord::timestamp, EvidenceRecord::identity, EvidenceRecord::at)
                .containsExactly(
                        tuple(
                                "ledger-prod-1",
                                "2023-04-11T09:12:00.000Z",
                                null,
                                new SourcePosition("evidence/json/rds-instances.json", 3, 5)),
                        tuple(
                                "reporting-replica",
                                "2024-09-02T14:00:00.000Z",
                                null,
                                new SourcePosition("evidence/json/rds-instances.json", 16, 5)));
    }

    @Test
    void gives_plain_values_in_file_order() {
        EvidenceRecord first = read(FIXTURES, RDS).get(0);

        assertThat(first.fields())
                .containsExactly(
                        entry("DBInstanceIdentifier", "ledger-prod-1"),
                        entry("DBInstanceClass", "db.r6g.large"),
                        entry("Engine", "postgres"),
                        entry("DBInstanceStatus", "available"),
                        entry("AllocatedStorage", 500L),
                        entry("StorageEncrypted", true),
                        entry("KmsKeyId", "arn:aws:kms:us-east-1:210987654321:key/1a2b3c4d-EXAMPLE"),
                        entry("MultiAZ", true),
                        entry("BackupRetentionPeriod", 35L),
                        entry("InstanceCreateTime", "2023-04-11T09:12:00.000Z"),
                        entry("TagList", List.of(Map.of("Key", "env", "Value", "prod"))));
        assertThat(first.get("TagList")).isInstanceOf(List.class);
    }

    @Test
    void converts_integers_to_long_and_other_numbers_to_double() {
        write(repo, "evidence/n.json", "[{\"i\": 7, \"big\": 9007199254740993, \"d\": 0.25, \"e\": 1e3, \"n\": null}]");

        EvidenceRecord record =
                read(repo, source("n", "json", "evidence/n.json")).get(0);

        assertThat(record.fields())
                .containsExactly(
                        entry("i", 7L),
                        entry("big", 9007199254740993L),
                        entry("d", 0.25),
                        entry("e", 1000.0),
                        entry("n", null));
    }

    @Test
    void keys_records_by_file_and_ordinal_without_a_key_field() {
        write(repo, "evidence/listeners.json", "{\"Listeners\": [{\"Port\": 443}, {\"Port\": 80}]}");

        List<EvidenceRecord> records =
                read(repo, withRecords(source("elb", "json", "evidence/listeners.json"), "/Listeners"));

        assertThat(records)
                .extracting(EvidenceRecord::key)
                .containsExactly("evidence/listeners.json#1", "evidence/listeners.json#2");
    }

    @Test
    void reads_every_file_of_a_glob_in_path_order() {
        write(repo, "evidence/runs/b.json", "[{\"id\": \"b1\"}]");
        write(repo, "evidence/runs/a.json", "[{\"id\": \"a1\"}, {\"id\": \"a2\"}]");

        List<EvidenceRecord> records =
                read(repo, withFields(source("runs", "json", "evidence/runs/*.json"), "id", null, null));

        assertThat(records).extracting(EvidenceRecord::key).containsExactly("a1", "a2", "b1");
    }

    @Test
    void resolves_dotted_key_timestamp_and_identity_fields() {
        write(repo, "evidence/devices.json", """
                {"devices": [{"serial": "C02X1", "owner": {"email": "sam@acme.example"}, "check_in": {"last": "2025-03-01"}}]}
                """);

        EvidenceRecord record = read(
                        repo,
                        withFields(
                                withRecords(source("mdm", "json", "evidence/devices.json"), "/devices"),
                                "serial",
                                "check_in.last",
                                "owner.email"))
                .get(0);

        assertThat(record.key()).isEqualTo("C02X1");
        assertThat(record.timestamp()).isEqualTo("2025-03-01");
        assertThat(record.identity()).isEqualTo("sam@acme.example");
    }

    @Test
    void rejects_a_configured_field_that_a_record_lacks() {
        write(repo, "evidence/devices.json", """
                [
                  {"serial": "C02X1", "user_email": "sam@acme.example"},
                  {"serial": "C02X2", "owner": "sam@acme.example"}
                ]
                """);

        assertThat(failure(
                        repo, withFields(source("mdm", "json", "evidence/devices.json"), "serial", null, "user_email")))
                .isEqualTo("""
                        evidence/devices.json:3:3: record 2 of 'evidence/devices.json' has no field 'user_email'
                        hint: the record has the fields 'serial', 'owner'; fix 'fields.identity' of source 'mdm' in evidence/sources.yaml""");
    }

    @Test
    void names_the_fields_of_the_nested_object_where_a_dotted_field_is_missing() {
        write(repo, "evidence/devices.json", "[{\"serial\": \"C02X1\", \"owner\": {\"mail\": \"sam@acme.example\"}}]");

        assertThat(failure(
                        repo,
                        withFields(source("mdm", "json", "evidence/devices.json"), "serial", null, "owner.email")))
                .isEqualTo("""
                        evidence/devices.json:1:2: record 1 of 'evidence/devices.json' has no field 'owner.email'
                        hint: 'owner' has the fields 'mail'; fix 'fields.identity' of source 'mdm' in evidence/sources.yaml""");
    }

    @Test
    void rejects_truncated_json_inside_a_record() {
        write(
                repo,
                "evidence/devices.json",
                "[\n  {\"serial\": \"C02X1\"},\n  {\"serial\": \"C02X2\",\n   \"tags\": [\"a\"");

        assertThat(failure(repo, source("mdm", "json", "evidence/devices.json")))
                .isEqualTo("""
                evidence/devices.json:4:16: unexpected end of file inside record 2: expected ']' to close an array
                hint: the export looks cut off; export it again""");
    }

    @Test
    void rejects_truncated_json_between_records() {
        write(repo, "evidence/devices.json", "[\n  {\"serial\": \"C02X1\"},\n  ");

        assertThat(failure(repo, source("mdm", "json", "evidence/devices.json")))
                .isEqualTo("""
                evidence/devices.json:3:3: unexpected end of file after record 1: expected ']' to close an array
                hint: the export looks cut off; export it again""");
    }

    @Test
    void rejects_a_string_cut_off_by_the_end_of_the_file() {
        write(repo, "evidence/devices.json", "[{\"serial\": \"C02");

        assertThat(failure(repo, source("mdm", "json", "evidence/devices.json")))
                .isEqualTo("""
                evidence/devices.json:1:17: unexpected end of file inside record 1: expected '"' to close a string
                hint: the export looks cut off; export it again""");
    }

    @Test
    void rejects_malformed_json_with_what_was_expected() {
        write(repo, "evidence/devices.json", "[\n  {\"serial\" \"C02X1\"}\n]");

        assertThat(failure(repo, source("mdm", "json", "evidence/devices.json")))
                .isEqualTo("""
                evidence/devices.json:2:13: invalid JSON inside record 1: unexpected character ('"' (code 34)): \
                was expecting a colon to separate property name and value
                hint: the file is not valid JSON; export it again""");
    }

    @Test
    void rejects_a_duplicate_field_in_a_record() {
        write(repo, "evidence/devices.json", "[{\"serial\": \"C02X1\", \"serial\": \"C02X2\"}]");

        assertThat(failure(repo, source("mdm", "json", "evidence/devices.json")))
                .isEqualTo("""
                evidence/devices.json:1:22: field 'serial' appears twice inside record 1
                hint: remove one of the two, or export the file again""");

        // the record before had the same names: the repeat is found at its own position all the same
        write(repo, "evidence/devices.json", """
                [{"serial": "C02X1", "owner": "a"},
                 {"serial": "C02X2", "owner": "b", "serial": "C02X3"}]""");
        assertThat(failure(repo, source("mdm", "json", "evidence/devices.json")))
                .isEqualTo("""
                evidence/devices.json:2:36: field 'serial' appears twice inside record 2
                hint: remove one of the two, or export the file again""");
    }

    @Test
    void a_duplicate_inside_a_value_nothing_reads_is_skipped_with_it_and_one_in_a_read_object_is_refused() {
        EvidenceSource devices = source("mdm", "json", "evidence/devices.json");
        write(repo, "evidence/devices.json", """
                [{"serial": "C02X1", "owner": {"login": "a", "login": "b"}, "disk": {"encrypted": true}}]""");

        assertThat(readOnly(devices, "serial", "disk.encrypted"))
                .singleElement()
                .satisfies(r -> assertThat(r.fields())
                        .containsEntry("serial", "C02X1")
                        .containsEntry("owner", Conditions.UNREAD));

        write(repo, "evidence/devices.json", """
                [{"serial": "C02X1", "disk": {"encrypted": true, "encrypted": false}}]""");
        assertThat(failure(repo, devices)).isEqualTo("""
                evidence/devices.json:1:50: field 'encrypted' appears twice inside record 1
                hint: remove one of the two, or export the file again""");

        write(repo, "evidence/devices.json", """
                [{"serial": "C02X1", "owner": {"login": "a"}, "owner": {"login": "b"}}]""");
        assertThatThrownBy(() -> readOnly(devices, "serial")).hasMessage("field 'owner' appears twice inside record 1");
    }

    @Test
    void rejects_a_duplicate_on_the_way_to_the_records_and_after_them() {
        EvidenceSource devices = withRecords(source("mdm", "json", "evidence/devices.json"), "/data/items");
        write(repo, "evidence/devices.json", """
                {"data": {"items": [{"serial": "C02X1"}], "items": [{"serial": "C02X2"}]}}""");
        assertThat(failure(repo, devices)).isEqualTo("""
                evidence/devices.json:1:43: field 'items' appears twice after record 1
                hint: remove one of the two, or export the file again""");

        write(repo, "evidence/devices.json", """
                {"next": null, "next": "abc", "data": {"items": []}}""");
        assertThat(failure(repo, devices)).isEqualTo("""
                evidence/devices.json:1:16: field 'next' appears twice before the first record
                hint: remove one of the two, or export the file again""");
    }

    private List<EvidenceRecord> readOnly(EvidenceSource source, String... fields) {
        List<EvidenceRecord> records = new ArrayList<>();
        EvidenceReaders.forFormat(source.format())
                .read(
                        source,
                        new ReadContext(
                                repo,
                                Map.of(source.id(), source),
                                Map.of(source.id(), FieldSelection.of(List.of(fields)))),
                        records::add);
        return records;
    }

    @Test
    void refuses_a_string_past_the_value_limit_at_its_record_without_echoing_it() {
        write(repo, "evidence/rds.json", """
                {"DBInstances": [
                  {"DBInstanceIdentifier": "ledger-prod-1", "Engine": "postgres"},
                  {"DBInstanceIdentifier": "reporting-replica", "KmsKeyId": "%s"}
                ]}
                """.formatted("A".repeat(ValueLimits.MAX_TEXT_CHARS + 1)));

        assertThat(failure(repo, withRecords(source("rds", "json", "evidence/rds.json"), "/DBInstances")))
                .isEqualTo("""
                evidence/rds.json:3:3: 'evidence/rds.json' holds a value longer than 1,048,576 characters inside \
                record 2
                hint: no system of record writes values this large: check that the file is the export the source \
                declares, and export it again""");
    }

    @Test
    void refuses_a_number_of_ten_thousand_digits_at_its_record() {
        write(repo, "evidence/rds.json", """
                {"DBInstances": [
                  {"DBInstanceIdentifier": "ledger-prod-1", "AllocatedStorage": %s}
                ]}
                """.formatted("9".repeat(10_000)));

        assertThat(failure(repo, withRecords(source("rds", "json", "evidence/rds.json"), "/DBInstances")))
                .isEqualTo("""
                evidence/rds.json:2:3: 'evidence/rds.json' holds a number longer than 100 characters inside record 1
                hint: no system of record writes values this large: check that the file is the export the source \
                declares, and export it again""");
    }

    @Test
    void refuses_values_nested_past_the_depth_limit_at_their_record() {
        write(repo, "evidence/rds.json", """
                {"DBInstances": [
                  {"DBInstanceIdentifier": "ledger-prod-1", "TagList": %s}
                ]}
                """.formatted("[".repeat(100) + "]".repeat(100)));

        assertThat(failure(repo, withRecords(source("rds", "json", "evidence/rds.json"), "/DBInstances")))
                .isEqualTo("""
                evidence/rds.json:2:3: 'evidence/rds.json' holds values nested more than 64 levels deep inside record 1
                hint: no system of record writes values this large: check that the file is the export the source \
                declares, and export it again""");
    }

    @Test
    void refuses_a_field_name_past_the_name_limit_at_its_record() {
        write(repo, "evidence/rds.json", """
                {"DBInstances": [
                  {"DBInstanceIdentifier": "ledger-prod-1",
                   "%s": true}
                ]}
                """.formatted("Tag".repeat(1_000)));

        assertThat(failure(repo, withRecords(source("rds", "json", "evidence/rds.json"), "/DBInstances")))
                .isEqualTo("""
                evidence/rds.json:2:3: 'evidence/rds.json' holds a field name longer than 1,000 characters inside \
                record 1
                hint: no system of record writes values this large: check that the file is the export the source \
                declares, and export it again""");
    }

    @Test
    void reads_the_pages_of_a_list_one_array_after_the_other_as_gh_api_paginate_writes_them() {
        write(
                repo,
                "evidence/devices.json",
                "[{\"serial\": \"C02X1\"},\n{\"serial\": \"C02X2\"}][{\"serial\": \"C02X3\"}]\n[]\n");

        assertThat(read(repo, withFields(source("mdm", "json", "evidence/devices.json"), "serial", null, null)))
                .extracting(EvidenceRecord::key, r -> r.at().line())
                .containsExactly(tuple("C02X1", 1), tuple("C02X2", 2), tuple("C02X3", 2));
    }

    @Test
    void rejects_a_second_document_after_the_records_that_is_no_page() {
        write(repo, "evidence/devices.json", "[{\"serial\": \"C02X1\"}]\n{\"serial\": \"C02X2\"}\n");

        assertThat(failure(repo, source("mdm", "json", "evidence/devices.json")))
                .isEqualTo("""
                evidence/devices.json:2:1: file holds more than one JSON document
                hint: keep one document per file; pages of one list may follow each other as arrays""");
        write(repo, "evidence/rds.json", "{\"items\": [{\"id\": 1}]}\n[{\"id\": 2}]\n");
        assertThat(failure(repo, withRecords(source("rds", "json", "evidence/rds.json"), "/items")))
                .isEqualTo("""
                evidence/rds.json:2:1: file holds more than one JSON document
                hint: keep one document per file""");
    }

    @Test
    void rejects_an_empty_file() {
        write(repo, "evidence/devices.json", "");

        assertThat(failure(repo, source("mdm", "json", "evidence/devices.json")))
                .isEqualTo("""
                evidence/devices.json:1:1: file is empty: expected an array of records
                hint: export the file again; an export without records still holds its (empty) array""");
    }

    @Test
    void rejects_a_records_pointer_that_leads_to_an_object() {
        write(repo, "evidence/slo.json", "{\"months\": {\"2025-01\": 99.98}}");

        assertThat(failure(repo, withRecords(source("uptime", "json", "evidence/slo.json"), "/months")))
                .isEqualTo("""
                evidence/slo.json:1:12: '/months' is an object, not an array of records
                hint: fix 'records' of source 'uptime' in evidence/sources.yaml""");
    }

    @Test
    void rejects_a_records_pointer_to_a_field_that_does_not_exist() {
        write(repo, "evidence/slo.json", "{\"data\": {\"history\": [], \"slo_id\": \"abc\"}}");

        assertThat(failure(repo, withRecords(source("uptime", "json", "evidence/slo.json"), "/data/months")))
                .isEqualTo("""
                evidence/slo.json:1:10: no array of records at '/data/months': '/data' has no field 'months'
                hint: it has the fields 'history', 'slo_id'; fix 'records' of source 'uptime' in evidence/sources.yaml""");
    }

    @Test
    void follows_array_indexes_in_the_records_pointer() {
        write(repo, "evidence/pages.json", "{\"pages\": [[{\"n\": 1}], [{\"n\": 2}, {\"n\": 3}]]}");

        List<EvidenceRecord> records = read(
                repo,
                withFields(withRecords(source("pages", "json", "evidence/pages.json"), "/pages/1"), "n", null, null));

        assertThat(records).extracting(EvidenceRecord::key).containsExactly("2", "3");
    }

    @Test
    void rejects_an_object_document_without_a_records_pointer() {
        write(repo, "evidence/slo.json", "{\"months\": []}");

        assertThat(failure(repo, source("uptime", "json", "evidence/slo.json"))).isEqualTo("""
                evidence/slo.json:1:1: the document is an object, not an array of records
                hint: set 'records' of source 'uptime' in evidence/sources.yaml to the JSON pointer of the array of records, \
                for example '/items'""");
    }

    @Test
    void rejects_a_record_that_is_not_an_object() {
        write(repo, "evidence/ids.json", "[{\"id\": 1},\n \"i-0abc\"]");

        assertThat(failure(repo, source("ids", "json", "evidence/ids.json"))).isEqualTo("""
                evidence/ids.json:2:2: record 2 of 'evidence/ids.json' is a string, not an object
                hint: each record must be an object of fields; check that the file is the export the source declares""");
    }

    @Test
    void reads_nothing_when_no_file_matches() {
        assertThat(read(repo, source("none", "json", "evidence/missing/*.json")))
                .isEmpty();
    }

    @Test
    void records_the_digest_of_each_file_read() {
        write(repo, "evidence/a.json", "[]");
        var source = source("a", "json", "evidence/a.json");
        ReadContext context = TestSources.context(repo, source);

        EvidenceReaders.forFormat("json").read(source, context, record -> {});

        assertThat(context.digests()).containsOnlyKeys("evidence/a.json");
        assertThat(context.digests().get("evidence/a.json").bytes()).isEqualTo(2);
    }

    @Test
    void reads_many_files_small_and_large_in_path_order_with_the_digest_of_each() throws IOException {
        int files = ReadAhead.BATCH * 5 + 3; // more files than wait to be parsed at a time
        for (int n = 1; n <= files; n++) {
            String note = n == 7 ? "x".repeat(100_000) : "n" + n; // one file larger than those read ahead whole
            write(
                    repo,
                    String.format("evidence/runs/%03d.json", n),
                    "[{\"id\": \"" + n + "\", \"note\": \"" + note + "\"}, {\"id\": \"" + n + "b\"}]");
        }
        var source = withFields(source("runs", "json", "evidence/runs/*.json"), "id", null, null);
        ReadContext context = TestSources.context(repo, source);
        List<String> keys = new ArrayList<>();

        EvidenceReaders.forFormat("json").read(source, context, record -> keys.add(record.key()));

        assertThat(keys)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, files)
                        .boxed()
                        .flatMap(n -> Stream.of(n + "", n + "b"))
                        .toList());
        assertThat(context.digests()).hasSize(files);
        Path large = repo.resolve("evidence/runs/007.json");
        assertThat(context.digests().get("evidence/runs/007.json").bytes()).isEqualTo(Files.size(large));
        assertThat(context.digests().get("evidence/runs/007.json").sha256())
                .isEqualTo(HexFormat.of().formatHex(sha256(Files.readAllBytes(large))));
    }

    @Test
    void an_error_in_one_of_many_files_comes_after_the_records_of_the_files_before_it() {
        for (int n = 1; n <= 200; n++) {
            write(repo, String.format("evidence/runs/%03d.json", n), n == 150 ? "[{\"id\": " : "[{\"id\": " + n + "}]");
        }
        var source = withFields(source("runs", "json", "evidence/runs/*.json"), "id", null, null);
        ReadContext context = TestSources.context(repo, source);
        List<String> keys = new ArrayList<>();

        EvidenceException thrown = catchThrowableOfType(
                EvidenceException.class,
                () -> EvidenceReaders.forFormat("json").read(source, context, record -> keys.add(record.key())));

        assertThat(thrown.at()).isEqualTo(new SourcePosition("evidence/runs/150.json", 1, 9));
        assertThat(thrown).hasMessage("unexpected end of file inside record 1: expected '}' to close an object");
        assertThat(keys).hasSize(149).endsWith("149");
        assertThat(context.digests())
                .as("a file read ahead is digested only once it is parsed")
                .hasSize(150)
                .containsKey("evidence/runs/150.json")
                .doesNotContainKey("evidence/runs/151.json");
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
