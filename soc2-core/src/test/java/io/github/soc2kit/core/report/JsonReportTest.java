package io.github.soc2kit.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.soc2kit.core.assess.Assessment;
import io.github.soc2kit.core.assess.VerifyReport;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** verify.json: everything, in a stable order, with rates as plain numbers. */
class JsonReportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void top_level_properties_keep_the_written_order() {
        JsonNode root = JSON.readTree(JsonReport.render(SampleReports.northwind()));

        assertThat(root.propertyNames())
                .containsExactly(
                        "formatVersion",
                        "organization",
                        "system",
                        "period",
                        "asOf",
                        "assessment",
                        "controls",
                        "summary",
                        "errors",
                        "warnings",
                        "notes",
                        "findings",
                        "sources");
    }

    @Test
    void control_has_every_result_field_with_rates_rounded_to_four_decimals() {
        JsonNode control =
                JSON.readTree(JsonReport.render(SampleReports.northwind())).at("/controls/0");

        assertThat(control.propertyNames())
                .containsExactly(
                        "id",
                        "title",
                        "status",
                        "owner",
                        "risk",
                        "kind",
                        "path",
                        "line",
                        "column",
                        "population",
                        "deviations",
                        "exceptions",
                        "deviationRate",
                        "tolerableRate",
                        "summary",
                        "deviationKeys",
                        "exceptionKeys",
                        "links",
                        "open",
                        "projected",
                        "headroom");
        assertThat(control.get("deviationRate").isNumber()).isTrue();
        assertThat(control.get("deviationRate").decimalValue()).isEqualByComparingTo("0.1481");
        assertThat(control.get("tolerableRate").decimalValue()).isEqualByComparingTo("0.05");
        assertThat(control.get("status").asString()).isEqualTo("deviation");
        assertThat(control.get("deviationKeys").size()).isEqualTo(12);
        assertThat(control.get("links").toString())
                .as("in the order of the keys: deviations, then exceptions")
                .isEqualTo("{\"#1007\":\"https://github.com/northwind/ledger/pull/1007\","
                        + "\"#1003\":\"https://github.com/northwind/ledger/pull/1003\"}");
    }

    @Test
    void rates_are_written_as_plain_decimals() {
        assertThat(Text.rounded(0.00004)).hasToString("0");
        assertThat(Text.rounded(0.00005)).hasToString("0.0001");
        assertThat(Text.rounded(1.0)).hasToString("1");
        assertThat(JsonReport.render(SampleReports.northwind())).doesNotContain("E-", "E+");
    }

    @Test
    void assessment_carries_the_disclaimer() {
        JsonNode assessment =
                JSON.readTree(JsonReport.render(SampleReports.northwind())).get("assessment");

        assertThat(assessment.get("opinion").asString()).isEqualTo("qualified risk");
        assertThat(assessment.get("disclaimer").asString()).isEqualTo(Assessment.DISCLAIMER);
    }

    @Test
    void findings_have_the_shape_of_validate_json_with_hint_only_when_present() {
        JsonNode root = JSON.readTree(JsonReport.render(SampleReports.northwind()));

        assertThat(root.get("summary").asString()).isEqualTo("2 errors, 1 warning, 1 note in 4 files");
        assertThat(root.at("/findings/0").propertyNames())
                .containsExactly("rule", "severity", "path", "line", "column", "message", "hint");
        assertThat(root.at("/findings/1").has("hint")).isFalse();
    }

    @Test
    void sources_list_files_with_digests_and_null_when_records_have_no_time() {
        JsonNode hris =
                JSON.readTree(JsonReport.render(SampleReports.northwind())).at("/sources/1");

        assertThat(hris.get("records").asLong()).isEqualTo(65);
        assertThat(hris.get("first").isNull()).isTrue();
        assertThat(hris.get("files")
                        .valueStream()
                        .map(f ->
                                f.get("path").asString() + " " + f.get("bytes").asLong()))
                .containsExactly("evidence/hris/leavers.csv 2210", "evidence/hris/roster.csv 5120");
    }

    @Test
    void a_source_without_files_lists_none_in_the_same_layout() {
        VerifyReport report = SampleReports.northwindWithSource("pulls", "github-pulls", List.of(), 0);

        assertThat(JsonReport.render(report)).contains("""
                        "joinedInto": null,
                              "exportedOn": null,
                              "files": []
                            }
                          ]
                        }
                        """);
    }

    @Test
    void user_text_survives_escaping() {
        JsonNode root = JSON.readTree(JsonReport.render(SampleReports.hostile()));

        assertThat(root.get("organization").asString()).isEqualTo(SampleReports.HOSTILE_ORGANIZATION);
        assertThat(root.at("/controls/0/title").asString()).isEqualTo(SampleReports.HOSTILE_TITLE);
        assertThat(root.at("/controls/0/deviationKeys/0").asString()).isEqualTo(SampleReports.HOSTILE_KEY);
        assertThat(root.at("/findings/0/message").asString()).isEqualTo(SampleReports.HOSTILE_MESSAGE);
        assertThat(root.at("/findings/0/path").asString()).isEqualTo(SampleReports.HOSTILE_PATH);
        assertThat(List.of(root.at("/sources/0/id").asString())).containsExactly("src|1");
    }

    @Test
    void a_report_that_cannot_be_written_fails_with_the_writers_own_error() {
        Writer full = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };

        assertThatThrownBy(() -> Text.json(Text.object().put("formatVersion", 1), full))
                .isExactlyInstanceOf(IOException.class)
                .hasMessage("No space left on device");
    }
}
