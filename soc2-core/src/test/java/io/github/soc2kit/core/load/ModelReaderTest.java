package io.github.soc2kit.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.model.Cadence;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.ControlTest;
import io.github.soc2kit.core.model.DayLimit;
import io.github.soc2kit.core.model.SystemDescription;
import io.github.soc2kit.core.model.SystemDescription.Commitment;
import io.github.soc2kit.core.model.SystemDescription.CriterionRef;
import io.github.soc2kit.core.model.SystemDescription.Cuec;
import io.github.soc2kit.core.model.SystemDescription.Incident;
import io.github.soc2kit.core.model.SystemDescription.NotRelevantCriterion;
import io.github.soc2kit.core.model.SystemDescription.Service;
import io.github.soc2kit.core.model.SystemDescription.SignificantChange;
import io.github.soc2kit.core.model.SystemDescription.SubserviceOrganization;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * ModelReader maps a parsed document to the model once, so later stages never see the YAML tree. The description
 * fixture is schema/description/valid/complete.yaml, which SchemaDocumentsTest proves valid.
 */
class ModelReaderTest {

    private static final YamlReader READER = new YamlReader();

    private static YamlDocument read(String resource, String path) {
        return Objects.requireNonNull(
                READER.read(Fixtures.resource(resource), path).document());
    }

    private static YamlDocument parse(String yaml, String path) {
        return Objects.requireNonNull(READER.read(new StringReader(yaml), path).document());
    }

    private static SystemDescription complete() {
        return ModelReader.description(read("schema/description/valid/complete.yaml", "system/description.yaml"));
    }

    @Test
    void reads_services_commitments_requirements_and_boundaries_with_markdown_as_written() {
        SystemDescription description = complete();
        assertThat(description.services())
                .containsExactly(
                        new Service("Acme Payroll", "Payroll for **small companies**."),
                        new Service("Acme API", "The same, for integrators."));
        assertThat(description.commitments())
                .containsExactly(
                        new Commitment("security", "Customer data is encrypted at rest and in transit."),
                        new Commitment("availability", "99.9 % monthly availability."));
        assertThat(description.requirements())
                .containsExactly("Production access is limited to on-call engineers.", "Backups are kept for 35 days.");
        assertThat(description.boundaries())
                .isEqualTo(
                        "The payroll application and its production account.\n\nCustomer laptops are out of scope.\n");
    }

    @Test
    void reads_components_kind_by_kind_with_description_scope_and_origin() {
        SystemDescription description = complete();
        assertThat(description.components())
                .extracting(c -> c.id(), c -> c.kind(), c -> c.name(), c -> c.description(), c -> c.inScope())
                .containsExactly(
                        tuple(
                                "aws-prod",
                                "infrastructure",
                                "AWS production account",
                                "One account, two regions.",
                                true),
                        tuple("aws-sandbox", "infrastructure", "AWS sandbox account", "Test data only.", false),
                        tuple(
                                "payroll-app",
                                "software",
                                "Payroll application",
                                "The application and its database.",
                                true),
                        tuple("sre", "people", "Site reliability team", "Runs production.", true),
                        tuple(
                                "payroll-data",
                                "data",
                                "Payroll records",
                                "Salaries and bank details, classified *confidential*.\n",
                                true));
        SystemDescription.Component sandbox = description.components().get(1);
        assertThat(sandbox.origin().pointer()).isEqualTo("/components/infrastructure/1");
        assertThat(sandbox.origin().at("in_scope")).isEqualTo(new SourcePosition("system/description.yaml", 22, 17));
    }

    @Test
    void reads_incidents_cuecs_subservice_organizations_not_relevant_criteria_and_changes() {
        SystemDescription description = complete();
        assertThat(description.incidents())
                .containsExactly(new Incident(
                        "The database failed over.",
                        LocalDate.of(2026, 2, 10),
                        "Payslips were late by 20 minutes.",
                        "Connection pools were fixed."));
        assertThat(description.cuecs())
                .containsExactly(new Cuec("Customers manage their own users.", List.of("CC6.2", "CC6.3")));
        assertThat(description.subserviceOrganizations())
                .containsExactly(
                        new SubserviceOrganization(
                                "Amazon Web Services",
                                "Hosting.",
                                "carve_out",
                                List.of("CC6.4", "A1.2"),
                                List.of(
                                        "Physical access to data centers is restricted.",
                                        "Hardware is disposed of securely."),
                                "The CTO reviews its SOC 2 report every year."),
                        new SubserviceOrganization(
                                "Okta",
                                "Single sign-on.",
                                "inclusive",
                                List.of("CC6.1"),
                                List.of(),
                                "Quarterly review of the admin log."));
        assertThat(description.notRelevantCriteria())
                .containsExactly(new NotRelevantCriterion("CC9.2", "No vendor handles customer data."));
        assertThat(description.significantChanges())
                .containsExactly(new SignificantChange(LocalDate.of(2026, 3, 1), "Moved to a second region."));
    }

    @Test
    void names_every_criterion_of_the_description_with_its_pointer() {
        SystemDescription description = complete();
        assertThat(description.criteria())
                .containsExactly(
                        new CriterionRef("CC6.2", "/cuecs/0/criteria/0"),
                        new CriterionRef("CC6.3", "/cuecs/0/criteria/1"),
                        new CriterionRef("CC6.4", "/subservice_organizations/0/criteria/0"),
                        new CriterionRef("A1.2", "/subservice_organizations/0/criteria/1"),
                        new CriterionRef("CC6.1", "/subservice_organizations/1/criteria/0"),
                        new CriterionRef("CC9.2", "/not_relevant_criteria/0/criterion"));
        assertThat(description.origin().positions().at("/subservice_organizations/0/criteria/1"))
                .isEqualTo(new SourcePosition("system/description.yaml", 54, 23));
    }

    @Test
    void leaves_what_is_missing_or_mistyped_empty() {
        SystemDescription description = ModelReader.description(parse("""
                services:
                  - name: 7
                requirements: [Encrypt data, 42]
                boundaries: [not, text]
                incidents:
                  - nature: Outage
                    occurred: last Tuesday
                subservice_organizations:
                  - name: AWS
                """, "system/description.yaml"));
        assertThat(description.services()).containsExactly(new Service("", ""));
        assertThat(description.requirements()).containsExactly("Encrypt data");
        assertThat(description.boundaries()).isEmpty();
        assertThat(description.incidents()).containsExactly(new Incident("Outage", null, "", ""));
        assertThat(description.subserviceOrganizations())
                .containsExactly(new SubserviceOrganization("AWS", "", "", List.of(), List.of(), ""));
        assertThat(description.commitments()).isEmpty();
        assertThat(description.components()).isEmpty();
        assertThat(description.cuecs()).isEmpty();
        assertThat(description.notRelevantCriteria()).isEmpty();
        assertThat(description.significantChanges()).isEmpty();
    }

    @Test
    void reads_a_control_s_nature_and_type_and_leaves_them_empty_when_not_stated() {
        Control stated = ModelReader.control(read("schema/control/valid/timeliness.yaml", "controls/HR-07.yaml"));
        assertThat(stated.nature()).isEqualTo("automated");
        assertThat(stated.type()).isEqualTo("preventive");
        Control unstated = ModelReader.control(read("schema/control/valid/periodic.yaml", "controls/IAM-05.yaml"));
        assertThat(unstated.nature()).isEmpty();
        assertThat(unstated.type()).isEmpty();
    }

    private static ControlTest test(String block) {
        return ModelReader.control(parse("id: X-01\ntest:\n" + block, "controls/X-01.yaml"))
                .test();
    }

    @Test
    void reads_each_kind_of_test_into_its_record() {
        assertThat(
                        test(
                                "  kind: periodic\n  source: reviews\n  at: completed_on\n  every: quarter\n  grace_days: 15\n"))
                .isEqualTo(new ControlTest.Periodic(
                        "reviews", null, "completed_on", Cadence.QUARTER, null, new DayLimit.Days(15), null, null));
        assertThat(test("  kind: timeliness\n  trigger: {source: hris, at: terminationDate, key: workEmail}\n"
                        + "  response: {source: okta, where: \"record.status == 'DEPROVISIONED'\", at: statusChanged,"
                        + " key: profile.email}\n  within_days: policy.revocation_days\n"))
                .isEqualTo(new ControlTest.Timeliness(
                        new ControlTest.Event("hris", null, "terminationDate", "workEmail"),
                        new ControlTest.Event(
                                "okta", "record.status == 'DEPROVISIONED'", "statusChanged", "profile.email"),
                        new DayLimit.Parameter("revocation_days"),
                        null));
        assertThat(test("  kind: manual\n  procedure: The board reviews it.\n  description: Yearly review\n"))
                .isEqualTo(new ControlTest.Manual("The board reviews it.", "Yearly review"));
    }

    @Test
    void reads_a_whole_number_written_with_a_decimal_point_as_the_schema_accepts_it() {
        assertThat(test("  kind: periodic\n  source: s\n  at: a\n  every: year\n  grace_days: 3.0\n"))
                .extracting(t -> ((ControlTest.Periodic) t).graceDays())
                .isEqualTo(new DayLimit.Days(3));
        assertThat(test("  kind: continuity\n  source: s\n  at: a\n  max_gap_days: 7.0\n"))
                .extracting(t -> ((ControlTest.Continuity) t).maxGapDays())
                .isEqualTo(new DayLimit.Days(7));
        assertThat(test("  kind: continuity\n  source: s\n  at: a\n  max_gap_days: policy.backup_gap_days\n"))
                .extracting(t -> ((ControlTest.Continuity) t).maxGapDays())
                .isEqualTo(new DayLimit.Parameter("backup_gap_days"));
        assertThat(test(
                        "  kind: timeliness\n  trigger: {source: a, at: b, key: c}\n  response: {source: d, at: e, key: f}\n"
                                + "  within_days: 30.0\n"))
                .extracting(t -> ((ControlTest.Timeliness) t).within())
                .isEqualTo(new DayLimit.Days(30));
    }

    @Test
    void reads_what_the_schema_rejects_leniently_as_empty_or_null() {
        assertThat(test("  kind: periodic\n  every: fortnight\n  grace_days: 2.5\n"))
                .isEqualTo(new ControlTest.Periodic("", null, "", null, null, null, null, null));
        assertThat(test("  kind: nightly\n  description: Runs at night\n"))
                .isEqualTo(new ControlTest.Unknown("nightly", "Runs at night"));
        assertThat(test("  source: s\n")).isEqualTo(new ControlTest.Unknown("", null));
    }

    @Test
    void every_test_kind_of_the_control_schema_is_read_into_a_record_of_its_own() throws IOException {
        JsonNode kinds;
        try (InputStream schema =
                getClass().getClassLoader().getResourceAsStream("soc2kit/schema/v1/control.schema.json")) {
            kinds = JsonMapper.shared().readTree(schema).at("/$defs/test/properties/kind/enum");
        }
        assertThat(kinds.size()).as("the schema's test kinds").isEqualTo(7);
        for (JsonNode kind : kinds) {
            ControlTest test = test("  kind: " + kind.asString() + "\n");
            assertThat(test).as(kind.asString()).isNotInstanceOf(ControlTest.Unknown.class);
            assertThat(test.kind()).isEqualTo(kind.asString());
        }
    }
}
