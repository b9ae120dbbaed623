package io.github.soc2kit.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
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
    void validates_against_the_sarif_2_1_0_schema_with_rule_help_in_and_out_of_git() {
        for (ReportOrigin origin : List.of(SampleReports.IN_GIT, SampleReports.OUTSIDE_GIT)) {
            JsonNode sarif = JSON.readTree(SarifReport.render(SampleReports.northwind(), origin));

            assertThat(SARIF_SCHEMA.validate(sarif)).isEmpty();
            assertThat(sarif.at("/runs/0/tool/driver/rules").valueStream())
                    .hasSize(4)
                    .allSatisfy(rule -> {
                        assertThat(rule.at("/help/text").asString()).contains("Why it matters");
                        assertThat(rule.at("/help/markdown").asString()).contains("## Why it matters");
                    });
        }
    }

    @Test
    void validates_against_the_schema_with_hostile_text_and_paths() {
        List<Error> errors =
                SARIF_SCHEMA.validate(JSON.readTree(SarifReport.render(SampleReports.hostile(), SampleReports.IN_GIT)));

        assertThat(errors).isEmpty();
    }

    @Test
    void schema_check_is_live_and_rejects_a_wrong_level() {
        ObjectNode sarif =
                (ObjectNode) JSON.readTree(SarifReport.render(SampleReports.northwind(), SampleReports.IN_GIT));
        ((ObjectNode) sarif.at("/runs/0/results/0")).put("level", "fatal");

        List<Error> errors = SARIF_SCHEMA.validate(sarif);

        assertThat(errors)
                .extracting(Error::toString)
                .containsExactly(
                        "/runs/0/results/0/level: does not have a value in the enumeration [\"none\", \"note\", \"warning\", \"error\"]");
    }

    @Test
    void declares_one_rule_per_rule_id_that_fired_sorted_with_its_docs_page() {
        JsonNode driver = sarif().at("/runs/0/tool/driver");

        assertThat(driver.get("name").asString()).isEqualTo("soc2kit");
        assertThat(driver.get("rules").valueStream().map(r -> r.get("id").asString()))
                .containsExactly("continuity-deviation", "file-missing", "file-name-mismatch", "person-unknown");
        assertThat(driver.at("/rules/3/helpUri").asString())
                .isEqualTo("https://github.com/soc2kit/soc2kit/blob/main/docs/rules/person-unknown.md");
    }

    @Test
    void the_driver_names_the_version_that_wrote_the_report() {
        assertThat(sarif().at("/runs/0/tool/driver/version").asString()).isEqualTo("0.9.0");
        assertThat(sarif().at("/runs/0/tool/driver/informationUri").asString())
                .isEqualTo("https://github.com/soc2kit/soc2kit");
    }

    @Test
    void help_is_the_rule_page_with_its_links_made_absolute_in_markdown_and_plain_text() {
        JsonNode help = sarif().at("/runs/0/tool/driver/rules/3/help");
        String page = "https://github.com/soc2kit/soc2kit/blob/main/docs/rules/";

        assertThat(help.get("markdown").asString())
                .startsWith("# person-unknown\n\nAn owner, approver, author or handoff party is an email that is not in"
                        + " the roster.\n")
                .contains("\n## How to fix\n")
                .contains("(see [file-missing](" + page + "file-missing.md)).")
                .doesNotContain("](file-missing.md)");
        assertThat(help.get("text").asString())
                .startsWith("person-unknown\nAn owner, approver, author or handoff party is an email that is not in the"
                        + " roster.\n")
                .contains("\nHow to fix\n")
                .contains("(see \"file-missing\" (" + page + "file-missing.md)).")
                .doesNotContain("](", "**", "## ");
    }

    @Test
    void a_rule_carries_the_catalogue_summary_and_default_level_and_the_rationale_of_its_page() {
        JsonNode rule = sarif().at("/runs/0/tool/driver/rules/3");

        assertThat(rule.at("/shortDescription/text").asString())
                .isEqualTo("An owner, approver, author or handoff party is not a person in the roster.")
                .isEqualTo(RuleId.PERSON_UNKNOWN.summary());
        assertThat(rule.at("/fullDescription/text").asString())
                .isEqualTo("SOC 2 expects responsibility for every policy"
                        + " and control to be assigned to identifiable people (CC1.3, CC5.3), and approvals of policies and"
                        + " exceptions to be made by people with the authority to make them. An owner or approver who is not on"
                        + " the roster is, as far as the evidence goes, nobody: the auditor cannot confirm the person exists, held"
                        + " the role, or was employed on the day. A typo also defeats the checks built on people, such as whether"
                        + " an owner stayed active for the whole period and whether each owner change has a handoff.");
        assertThat(rule.at("/defaultConfiguration/level").asString()).isEqualTo("error");
        assertThat(sarif().at("/runs/0/tool/driver/rules/2/defaultConfiguration/level")
                        .asString())
                .isEqualTo("warning");
    }

    @Test
    void a_result_may_differ_from_its_rule_default_level() {
        JsonNode run = sarif().at("/runs/0");

        assertThat(run.at("/tool/driver/rules/0/id").asString()).isEqualTo("continuity-deviation");
        assertThat(run.at("/tool/driver/rules/0/defaultConfiguration/level").asString())
                .isEqualTo("error");
        assertThat(run.at("/results/2/ruleId").asString()).isEqualTo("continuity-deviation");
        assertThat(run.at("/results/2/level").asString()).isEqualTo("note");
    }

    @Test
    void rationale_is_plain_text_from_why_it_matters_or_else_the_lead_paragraph() {
        assertThat(RuleDocs.rationale(RuleId.FILE_MISSING))
                .endsWith("so person-unknown is skipped until the roster exists.");
        assertThat(RuleDocs.rationale(RuleId.HISTORY_SHALLOW))
                .isEqualTo("The repository is a shallow clone whose history"
                        + " begins after the start of the observation period, so the versions of the policies in force before its"
                        + " first commit are unknown, and owner changes before it are not seen.");
    }

    @Test
    void every_rule_of_the_catalogue_validates_with_its_metadata() {
        List<Finding> findings = Arrays.stream(RuleId.values())
                .map(rule -> new Finding(rule, rule.severity(), new SourcePosition("soc2.yaml", 1, 1), "x", null))
                .toList();
        JsonNode sarif = JSON.readTree(SarifReport.render(SampleReports.of(findings, List.of()), SampleReports.IN_GIT));

        assertThat(SARIF_SCHEMA.validate(sarif)).isEmpty();
        assertThat(sarif.at("/runs/0/tool/driver/rules").valueStream())
                .hasSize(RuleId.values().length)
                .allSatisfy(rule -> {
                    assertThat(rule.at("/fullDescription/text").asString())
                            .as(rule.get("id").asString())
                            .hasSizeGreaterThan(60)
                            .doesNotContain("](", "**", "\n");
                    assertThat(rule.at("/shortDescription/text").asString())
                            .isNotEqualTo(rule.at("/fullDescription/text").asString());
                    assertThat(rule.at("/help/markdown").asString())
                            .as(rule.get("id").asString())
                            .startsWith("# " + rule.get("id").asString() + "\n")
                            .doesNotContainPattern("\\]\\((?!https://)");
                });
    }

    @Test
    void result_carries_level_message_with_hint_and_the_yaml_line() {
        JsonNode result = sarif().at("/runs/0/results/0");

        assertThat(result.get("ruleId").asString()).isEqualTo("person-unknown");
        assertThat(result.get("level").asString()).isEqualTo("error");
        assertThat(result.at("/message/text").asString())
                .isEqualTo(
                        "owner 'mallory' is not a person in the roster. add 'mallory' to the roster or name another owner.");
        JsonNode location = result.at("/locations/0/physicalLocation");
        assertThat(location.at("/artifactLocation/uri").asString()).isEqualTo("compliance/soc2/controls/CHG-01.yaml");
        assertThat(location.at("/artifactLocation/uriBaseId").asString()).isEqualTo("%SRCROOT%");
        assertThat(location.at("/region/startLine").asInt()).isEqualTo(4);
        assertThat(location.at("/region/startColumn").asInt()).isEqualTo(8);
    }

    @Test
    void locations_are_from_the_git_root_which_the_base_id_describes() {
        JsonNode run = sarif().at("/runs/0");

        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/description/text").asString())
                .isEqualTo("The root of the git repository that tracks the policy repository.");
        assertThat(run.at("/results")
                        .valueStream()
                        .map(r -> r.at("/locations/0/physicalLocation/artifactLocation/uri")
                                .asString()))
                .containsExactly(
                        "compliance/soc2/controls/CHG-01.yaml",
                        "compliance/soc2/controls/acc-03.yaml",
                        "compliance/soc2/evidence/sources.yaml",
                        "compliance/soc2/people/roster.csv");
    }

    @Test
    void outside_git_locations_are_from_the_policy_repository() {
        JsonNode run = JSON.readTree(SarifReport.render(SampleReports.northwind(), SampleReports.OUTSIDE_GIT))
                .at("/runs/0");

        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/description/text").asString())
                .isEqualTo("The policy repository (the folder holding soc2.yaml); no git repository tracks it.");
        assertThat(run.at("/results/0/locations/0/physicalLocation/artifactLocation")
                        .toString())
                .isEqualTo("{\"uri\":\"controls/CHG-01.yaml\",\"uriBaseId\":\"%SRCROOT%\"}");
    }

    @Test
    void levels_follow_severity() {
        assertThat(sarif().at("/runs/0/results")
                        .valueStream()
                        .map(r -> r.get("ruleId").asString() + "="
                                + r.get("level").asString()))
                .containsExactly(
                        "person-unknown=error",
                        "file-name-mismatch=warning",
                        "continuity-deviation=note",
                        "file-missing=error");
    }

    @Test
    void finding_without_line_has_no_region_and_message_without_hint_is_one_sentence() {
        JsonNode missing = sarif().at("/runs/0/results/3");
        JsonNode note = sarif().at("/runs/0/results/2");

        assertThat(missing.at("/locations/0/physicalLocation/artifactLocation/uri")
                        .asString())
                .isEqualTo("compliance/soc2/people/roster.csv");
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
        JsonNode result = JSON.readTree(SarifReport.render(SampleReports.hostile(), SampleReports.IN_GIT))
                .at("/runs/0/results/0");

        assertThat(result.at("/message/text").asString())
                .isEqualTo(SampleReports.HOSTILE_MESSAGE + ". " + SampleReports.HOSTILE_HINT + ".");
    }

    private static JsonNode sarif() {
        return JSON.readTree(SarifReport.render(SampleReports.northwind(), SampleReports.IN_GIT));
    }

    private static Schema loadSchema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_7,
                builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false)));
        try (InputStream in = Files.newInputStream(Fixtures.resource("report/sarif-schema-2.1.0.json"))) {
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
