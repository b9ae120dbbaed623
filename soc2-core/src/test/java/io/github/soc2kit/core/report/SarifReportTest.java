package io.github.soc2kit.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.soc2kit.core.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF output checked against the official OASIS SARIF 2.1.0 JSON Schema ({@code report/sarif-schema-2.1.0.json},
 * the errata01 OASIS Standard text from {@code oasis-tcs/sarif-spec}, kept unchanged), loaded without network.
 */
class SarifReportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema SARIF_SCHEMA = loadSchema();

    @Test
    void validates_against_the_sarif_2_1_0_schema() {
        List<Error> errors = SARIF_SCHEMA.validate(JSON.readTree(SarifReport.render(SampleReports.northwind())));

        assertThat(errors).isEmpty();
    }

    @Test
    void validates_against_the_schema_with_hostile_text_and_paths() {
        List<Error> errors = SARIF_SCHEMA.validate(JSON.readTree(SarifReport.render(SampleReports.hostile())));

        assertThat(errors).isEmpty();
    }

    @Test
    void schema_check_is_live_and_rejects_a_wrong_level() {
        ObjectNode sarif = (ObjectNode) JSON.readTree(SarifReport.render(SampleReports.northwind()));
        ((ObjectNode) sarif.at("/runs/0/results/0")).put("level", "fatal");

        List<Error> errors = SARIF_SCHEMA.validate(sarif);

        assertThat(errors).extracting(Error::toString)
                .containsExactly("/runs/0/results/0/level: does not have a value in the enumeration [\"none\", \"note\", \"warning\", \"error\"]");
    }

    @Test
    void declares_one_rule_per_rule_id_that_fired_sorted_with_its_docs_page() {
        JsonNode driver = sarif().at("/runs/0/tool/driver");

        assertThat(driver.get("name").asString()).isEqualTo("soc2kit");
        assertThat(driver.get("rules").valueStream().map(r -> r.get("id").asString()))
                .containsExactly("continuity-deviation", "file-missing", "file-name-mismatch", "person-unknown");
        assertThat(driver.at("/rules/3/helpUri").asString())
                .isEqualTo("https://github.com/soc2kit/soc2kit/blob/main/docs/rules/person-unknown.md");
        assertThat(driver.at("/rules/3/shortDescription/text").asString()).isEqualTo("person unknown");
    }

    @Test
    void result_carries_level_message_with_hint_and_the_yaml_line() {
        JsonNode result = sarif().at("/runs/0/results/0");

        assertThat(result.get("ruleId").asString()).isEqualTo("person-unknown");
        assertThat(result.get("level").asString()).isEqualTo("error");
        assertThat(result.at("/message/text").asString())
                .isEqualTo("owner 'mallory' is not a person in the roster. add 'mallory' to the roster or name another owner.");
        JsonNode location = result.at("/locations/0/physicalLocation");
        assertThat(location.at("/artifactLocation/uri").asString()).isEqualTo("controls/CHG-01.yaml");
        assertThat(location.at("/artifactLocation/uriBaseId").asString()).isEqualTo("%SRCROOT%");
        assertThat(location.at("/region/startLine").asInt()).isEqualTo(4);
        assertThat(location.at("/region/startColumn").asInt()).isEqualTo(8);
    }

    @Test
    void levels_follow_severity() {
        assertThat(sarif().at("/runs/0/results").valueStream().map(r -> r.get("ruleId").asString() + "=" + r.get("level").asString()))
                .containsExactly("person-unknown=error", "file-name-mismatch=warning", "continuity-deviation=note", "file-missing=error");
    }

    @Test
    void finding_without_line_has_no_region_and_message_without_hint_is_one_sentence() {
        JsonNode missing = sarif().at("/runs/0/results/3");
        JsonNode note = sarif().at("/runs/0/results/2");

        assertThat(missing.at("/locations/0/physicalLocation/artifactLocation/uri").asString()).isEqualTo("people/roster.csv");
        assertThat(missing.at("/locations/0/physicalLocation").has("region")).isFalse();
        assertThat(note.at("/message/text").asString())
                .isEqualTo("source 'github-prs' has no records between 2025-03-02 and 2025-03-23.");
    }

    @Test
    void path_becomes_a_percent_encoded_relative_uri() {
        assertThat(SarifReport.uri("controls/A&B <1>.yaml")).isEqualTo("controls/A%26B%20%3C1%3E.yaml");
        assertThat(SarifReport.uri("a:b/c#d%e.yaml")).isEqualTo("a%3Ab/c%23d%25e.yaml");
        assertThat(SarifReport.uri("policies/zugänge.yaml")).isEqualTo("policies/zug%C3%A4nge.yaml");
    }

    @Test
    void user_text_survives_json_escaping() {
        JsonNode result = JSON.readTree(SarifReport.render(SampleReports.hostile())).at("/runs/0/results/0");

        assertThat(result.at("/message/text").asString())
                .isEqualTo(SampleReports.HOSTILE_MESSAGE + ". " + SampleReports.HOSTILE_HINT + ".");
    }

    private static JsonNode sarif() {
        return JSON.readTree(SarifReport.render(SampleReports.northwind()));
    }

    private static Schema loadSchema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false)));
        try (InputStream in = Files.newInputStream(Fixtures.resource("report/sarif-schema-2.1.0.json"))) {
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
