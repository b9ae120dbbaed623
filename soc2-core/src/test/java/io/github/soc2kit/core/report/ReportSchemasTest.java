package io.github.soc2kit.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.Report;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.diff.SemanticDiff;
import io.github.soc2kit.core.diff.SemanticDiff.Preview.Side;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * verify.json, validate.json and diff.json against their JSON Schemas in {@code soc2-policy-schema}: the golden files,
 * hostile text, and each shape a field can take, so the schemas cannot drift from the code. A verification and a diff
 * of real repositories are checked in {@code EvidenceVerifierTest} and {@code PolicyDiffTest}.
 */
class ReportSchemasTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> SCHEMAS = List.of("verify", "validate", "diff");

    @Test
    void the_golden_verify_json_and_a_hostile_one_match_the_schema() throws IOException {
        assertThat(ReportSchemas.errors("verify", Files.readString(Fixtures.resource("report/expected/verify.json"))))
                .isEmpty();
        assertThat(ReportSchemas.errors("verify", JsonReport.render(SampleReports.hostile())))
                .isEmpty();
    }

    @Test
    void validate_json_matches_its_schema(@TempDir Path temp) throws IOException {
        Path file = JsonReport.writeFindings(SampleReports.northwind().findings(), temp.resolve("validate.json"));

        assertThat(Files.readString(file)).startsWith("{\n  \"formatVersion\": 1,\n");
        assertThat(ReportSchemas.errors("validate", Files.readString(file))).isEmpty();
        assertThat(ReportSchemas.errors(
                        "validate", Files.readString(JsonReport.writeFindings(new Report(List.of()), file))))
                .isEmpty();
    }

    @Test
    void diff_json_with_changes_and_previews_tested_or_not_matches_the_schema() {
        SemanticDiff.Summary summary = new SemanticDiff.Summary(
                "main",
                "0123456789abcdef0123456789abcdef01234567",
                List.of(
                        new SemanticDiff.Change(
                                "parameter-changed", "change-management", "required_approvals: 2 -> 1", "loosens"),
                        new SemanticDiff.Change(
                                "version-not-bumped", "change-management", "its version is still 1.0", "")),
                List.of(new SemanticDiff.Preview(
                        "CHG-01",
                        new Side("required_approvals=2", 0, 0, "no records in the observation period to test"),
                        new Side("required_approvals=1", 4, 0.25, null))),
                List.of("the drift preview needs a repository without validation errors"),
                "2026-06-30");
        SemanticDiff.Summary nothing = new SemanticDiff.Summary(
                "HEAD", "0123456789abcdef0123456789abcdef01234567", List.of(), List.of(), List.of(), "");

        assertThat(DiffReport.json(summary)).startsWith("{\n  \"formatVersion\": 1,\n");
        assertThat(ReportSchemas.errors("diff", DiffReport.json(summary))).isEmpty();
        assertThat(ReportSchemas.errors("diff", DiffReport.json(nothing))).isEmpty();
    }

    @Test
    void the_schema_check_is_live_and_rejects_an_unknown_field_another_version_and_a_bad_severity() {
        ObjectNode json = (ObjectNode) JSON.readTree(JsonReport.render(SampleReports.northwind()));
        json.put("formatVersion", 2);
        ((ObjectNode) json.at("/controls/0")).put("colour", "red");
        ((ObjectNode) json.at("/findings/0")).put("severity", "fatal");

        assertThat(ReportSchemas.errors("verify", json.toString()))
                .containsExactlyInAnyOrder(
                        "/formatVersion: must be the constant value '1'",
                        "/controls/0: property 'colour' is not defined in the schema and the schema does not allow additional properties",
                        "/findings/0/severity: does not have a value in the enumeration [\"error\", \"warning\", \"note\"]");
    }

    @Test
    void a_finding_of_every_rule_matches_the_schema() {
        List<Finding> findings = new ArrayList<>();
        for (RuleId rule : RuleId.values()) {
            findings.add(new Finding(rule, rule.severity(), SourcePosition.of("soc2.yaml"), "x", "y"));
        }

        assertThat(ReportSchemas.errors("verify", JsonReport.render(SampleReports.of(findings, List.of()))))
                .isEmpty();
    }

    @Test
    void every_field_of_the_report_schemas_has_a_description() {
        for (String name : SCHEMAS) {
            JsonNode schema = schema(name);
            List<String> undescribed = new ArrayList<>();
            undescribed(schema, name, undescribed);
            assertThat(undescribed).as(name).isEmpty();
            assertThat(schema.get("description").asString()).as(name).isNotBlank();
        }
    }

    /** The paths of the properties and definitions below {@code node} that have neither a description nor a $ref. */
    private static void undescribed(JsonNode node, String at, List<String> found) {
        for (String keyword : List.of("properties", "$defs")) {
            JsonNode map = node.get(keyword);
            if (map == null) {
                continue;
            }
            for (Map.Entry<String, JsonNode> field : map.properties()) {
                if (!field.getValue().has("description") && !field.getValue().has("$ref")) {
                    found.add(at + "/" + keyword + "/" + field.getKey());
                }
            }
        }
        node.values().forEach(child -> undescribed(child, at, found));
    }

    private static JsonNode schema(String name) {
        String resource = "soc2kit/schema/v1/report/" + name + ".schema.json";
        try (InputStream in = ReportSchemasTest.class.getClassLoader().getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
