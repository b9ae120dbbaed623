package io.github.soc2kit.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.assess.ControlResult;
import io.github.soc2kit.core.assess.ControlResults;
import io.github.soc2kit.core.assess.ControlStatus;
import io.github.soc2kit.core.assess.VerifyReport;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.SourcePosition;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML parses with the JDK's DocumentBuilder and says what CI needs: counts, failures, skips, output. */
class JunitReportTest {

    @Test
    void suite_counts_controls_failures_and_skips() throws Exception {
        Element suite = parse(JunitReport.render(SampleReports.northwind(), SampleReports.IN_GIT))
                .getDocumentElement();

        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("soc2");
        assertThat(suite.getAttribute("tests")).isEqualTo("7");
        assertThat(suite.getAttribute("failures")).isEqualTo("4");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("0");
        assertThat(suite.getAttribute("time")).isEqualTo("0");
        assertThat(suite.hasAttribute("timestamp")).isFalse();
        assertThat(suite.hasAttribute("hostname")).isFalse();
        assertThat(suite.getElementsByTagName("testcase").getLength()).isEqualTo(7);
    }

    @Test
    void one_test_case_per_control_named_by_id_and_title_worst_first() throws Exception {
        NodeList cases = parse(JunitReport.render(SampleReports.northwind(), SampleReports.IN_GIT))
                .getElementsByTagName("testcase");

        assertThat(List.of(name(cases, 0), name(cases, 1), name(cases, 2), name(cases, 3)))
                .containsExactly(
                        "CHG-01: Change approval",
                        "ACC-03: Access revocation",
                        "IR-04: Tabletop exercise",
                        "HR-02: Security training");
        assertThat(((Element) cases.item(0)).getAttribute("classname")).isEqualTo("soc2.controls");
    }

    @Test
    void deviation_is_a_failure_listing_every_deviating_record() throws Exception {
        Element failure = (Element) parse(JunitReport.render(SampleReports.northwind(), SampleReports.IN_GIT))
                .getElementsByTagName("failure")
                .item(0);

        assertThat(failure.getAttribute("message"))
                .isEqualTo("61 of 412 merged changes lacked 2 independent approvals");
        assertThat(failure.getTextContent()).isEqualTo("""
                compliance/soc2/controls/CHG-01.yaml:1:5
                deviation: 61 of 412 (14.8 %, tolerable 5.0 %)
                deviations (12):
                  #1007
                  #1014
                  #1021
                  #1028
                  #1035
                  #1042
                  #1049
                  #1056
                  #1063
                  #1070
                  #1077
                  #1084
                exceptions (2):
                  #1003
                  #1101
                """);
    }

    @Test
    void each_control_has_one_location_the_same_as_sarif() throws Exception {
        NodeList cases = parse(JunitReport.render(SampleReports.northwind(), SampleReports.IN_GIT))
                .getElementsByTagName("testcase");
        Element first = (Element) cases.item(0);

        assertThat(first.getAttribute("file")).isEqualTo("compliance/soc2/controls/CHG-01.yaml");
        assertThat(first.getAttribute("line")).isEqualTo("1");
        Element outside = (Element) parse(JunitReport.render(SampleReports.northwind(), SampleReports.OUTSIDE_GIT))
                .getElementsByTagName("testcase")
                .item(0);
        assertThat(outside.getAttribute("file")).isEqualTo("controls/CHG-01.yaml");
        assertThat(outside.getElementsByTagName("failure").item(0).getTextContent())
                .startsWith("controls/CHG-01.yaml:1:5\n");
    }

    @Test
    void errors_and_warnings_no_control_test_shows_are_failing_test_cases_and_notes_are_left_out() throws Exception {
        NodeList cases = parse(JunitReport.render(SampleReports.northwind(), SampleReports.IN_GIT))
                .getElementsByTagName("testcase");

        assertThat(List.of(name(cases, 4), name(cases, 5), name(cases, 6)))
                .containsExactly(
                        "person-unknown: compliance/soc2/controls/CHG-01.yaml:4:8",
                        "file-name-mismatch: compliance/soc2/controls/acc-03.yaml:1:5",
                        "file-missing: compliance/soc2/people/roster.csv");
        Element missing = (Element) cases.item(6);
        assertThat(missing.getAttribute("classname")).isEqualTo("soc2.findings");
        assertThat(missing.getAttribute("file")).isEqualTo("compliance/soc2/people/roster.csv");
        assertThat(missing.hasAttribute("line")).as("a whole file has no line").isFalse();
        Element failure = (Element) missing.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("the roster 'people/roster.csv' does not exist");
        assertThat(failure.getAttribute("type")).isEqualTo("error");
        assertThat(failure.getTextContent()).isEqualTo("""
                compliance/soc2/people/roster.csv: error: the roster 'people/roster.csv' does not exist [file-missing]
                    hint: export the roster from the HR system
                see: soc2kit explain file-missing (https://github.com/soc2kit/soc2kit/blob/main/docs/rules/file-missing.md)
                """);
        assertThat(((Element) ((Element) cases.item(5))
                                .getElementsByTagName("failure")
                                .item(0))
                        .getAttribute("type"))
                .isEqualTo("warning");
    }

    @Test
    void a_finding_of_a_control_test_in_its_file_is_its_test_case_and_not_listed_again() {
        SourcePosition test = new SourcePosition("controls/BCP-02.yaml", 9, 1);
        ControlResult control = ControlResults.finished(
                "BCP-02",
                "Backups run every night",
                "ana@tiny.example",
                "moderate",
                "continuity",
                SourcePosition.of("controls/BCP-02.yaml"),
                0,
                0,
                0,
                0.1,
                ControlStatus.DEVIATION,
                List.of(),
                List.of(),
                "no evidence: evidence source 'backups' has no file matching 'evidence/backups.json'");
        Finding ofTheControl = Finding.error(RuleId.EVIDENCE_MISSING, test, "control 'BCP-02' has no evidence", null);
        Finding ofTheSource = Finding.error(
                RuleId.EVIDENCE_MISSING,
                new SourcePosition("evidence/sources.yaml", 3, 11),
                "evidence source 'backups' has no file matching 'evidence/backups.json'",
                null);
        Finding owner = Finding.error(
                RuleId.OWNER_INACTIVE,
                new SourcePosition("controls/BCP-02.yaml", 4, 8),
                "owner 'ana@tiny.example' of control 'BCP-02' left on 2025-04-30, during the observation period",
                null);
        VerifyReport report = SampleReports.of(List.of(ofTheControl, ofTheSource, owner), List.of(control));

        assertThat(JunitReport.findingCases(report)).containsExactly(owner, ofTheSource);
    }

    @Test
    void a_check_that_failed_leaves_its_control_skipped_and_its_finding_is_a_failing_case() throws Exception {
        ControlResult control = ControlResults.finished(
                "CHG-01",
                "Changes are approved",
                "ana@tiny.example",
                "high",
                "population",
                SourcePosition.of("controls/CHG-01.yaml"),
                0,
                0,
                0,
                0.05,
                ControlStatus.NOT_TESTED,
                List.of(),
                List.of(),
                "not tested: the check failed");
        Finding failed = Finding.error(
                RuleId.CHECK_FAILED,
                new SourcePosition("controls/CHG-01.yaml", 12, 14),
                "the condition of control 'CHG-01' failed on record 3: no such field 'approvals'",
                null);
        VerifyReport report = SampleReports.of(List.of(failed), List.of(control));

        assertThat(JunitReport.findingCases(report)).containsExactly(failed);
        Element suite =
                parse(JunitReport.render(report, SampleReports.OUTSIDE_GIT)).getDocumentElement();
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    }

    @Test
    void not_tested_is_skipped_with_its_summary() throws Exception {
        Element testCase = (Element) parse(JunitReport.render(SampleReports.northwind(), SampleReports.IN_GIT))
                .getElementsByTagName("testcase")
                .item(2);

        Element skipped = (Element) testCase.getElementsByTagName("skipped").item(0);
        assertThat(skipped.getAttribute("message")).isEqualTo("tested by people, not by soc2kit");
        assertThat(testCase.getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void exceptions_noted_passes_and_names_the_exceptions_in_system_out() throws Exception {
        Element testCase = (Element) parse(JunitReport.render(SampleReports.northwind(), SampleReports.IN_GIT))
                .getElementsByTagName("testcase")
                .item(1);

        assertThat(testCase.getElementsByTagName("failure").getLength()).isZero();
        assertThat(testCase.getElementsByTagName("skipped").getLength()).isZero();
        assertThat(testCase.getElementsByTagName("system-out").item(0).getTextContent())
                .isEqualTo("""
                2 of 25 leavers lost access after 1 day, covered by documented exceptions
                compliance/soc2/controls/ACC-03.yaml:1:5
                exceptions noted: 0 of 25 (0.0 %, tolerable 0.0 %)
                exceptions (2):
                  dana@northwind.example
                  eve@northwind.example
                """);
    }

    @Test
    void effective_control_is_an_empty_passing_test_case() throws Exception {
        Element testCase = (Element) parse(JunitReport.render(SampleReports.northwind(), SampleReports.IN_GIT))
                .getElementsByTagName("testcase")
                .item(3);

        assertThat(testCase.getChildNodes().getLength()).isZero();
    }

    @Test
    void markup_in_user_text_is_escaped_and_read_back_unchanged() throws Exception {
        String xml = JunitReport.render(SampleReports.hostile(), SampleReports.IN_GIT);
        Document document = parse(xml);

        Element testCase = (Element) document.getElementsByTagName("testcase").item(0);
        assertThat(testCase.getAttribute("name")).isEqualTo("X-1: " + SampleReports.HOSTILE_TITLE);
        Element failure = (Element) testCase.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo(SampleReports.HOSTILE_SUMMARY);
        assertThat(failure.getTextContent()).contains("  " + SampleReports.HOSTILE_KEY + "\n", "  x\"y\n");
        assertThat(document.getElementsByTagName("system-out").item(0).getTextContent())
                .startsWith("noted & <fine>\n")
                .contains("  <exc>&\n");
        Element organization =
                (Element) document.getElementsByTagName("property").item(0);
        assertThat(organization.getAttribute("value")).isEqualTo(SampleReports.HOSTILE_ORGANIZATION);
        assertThat(xml).doesNotContain("<script>", "<b>", "<exc>");
    }

    @Test
    void a_line_break_in_a_record_key_cannot_start_a_line_of_its_own() throws Exception {
        ControlResult control = ControlResults.finished(
                "IAM-01",
                "Leavers lose access in time",
                "o",
                "high",
                "timeliness",
                SourcePosition.of("controls/IAM-01.yaml"),
                1,
                1,
                0,
                0.02,
                ControlStatus.DEVIATION,
                List.of("mallory@tiny.example\n[INFO] all controls effective"),
                List.of(),
                "1 of 1 trigger deviate");
        VerifyReport report = SampleReports.of(List.of(), List.of(control));

        Element failure = (Element) parse(JunitReport.render(report, SampleReports.IN_GIT))
                .getElementsByTagName("failure")
                .item(0);

        assertThat(failure.getTextContent())
                .contains("  mallory@tiny.example\\n[INFO] all controls effective\n")
                .doesNotContain("\n[INFO]");
    }

    @Test
    void characters_xml_forbids_are_replaced_and_line_breaks_in_attributes_become_spaces() throws Exception {
        ControlResult control = ControlResults.finished(
                "C-1",
                "bell\u0007 and\r\nbreak",
                "o",
                "low",
                "manual",
                SourcePosition.of("controls/C-1.yaml"),
                0,
                0,
                0,
                0.1,
                ControlStatus.NOT_TESTED,
                List.of(),
                List.of(),
                "lone \uD800 surrogate\nsecond line");
        VerifyReport report = SampleReports.of(List.of(), List.of(control));

        Element testCase = (Element) parse(JunitReport.render(report, SampleReports.IN_GIT))
                .getElementsByTagName("testcase")
                .item(0);

        assertThat(testCase.getAttribute("name")).isEqualTo("C-1: bell\uFFFD and break");
        assertThat(((Element) testCase.getElementsByTagName("skipped").item(0)).getAttribute("message"))
                .isEqualTo("lone \uFFFD surrogate second line");
    }

    private static String name(NodeList cases, int index) {
        return ((Element) cases.item(index)).getAttribute("name");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
