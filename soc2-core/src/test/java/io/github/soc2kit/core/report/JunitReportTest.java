package io.github.soc2kit.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.assess.Assessment;
import io.github.soc2kit.core.assess.ControlResult;
import io.github.soc2kit.core.assess.ControlResults;
import io.github.soc2kit.core.assess.ControlStatus;
import io.github.soc2kit.core.assess.Opinion;
import io.github.soc2kit.core.assess.VerifyReport;
import io.github.soc2kit.core.diag.Report;
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
        Element suite = parse(JunitReport.render(SampleReports.northwind())).getDocumentElement();

        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("soc2");
        assertThat(suite.getAttribute("tests")).isEqualTo("4");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("0");
        assertThat(suite.getAttribute("time")).isEqualTo("0");
        assertThat(suite.hasAttribute("timestamp")).isFalse();
        assertThat(suite.hasAttribute("hostname")).isFalse();
        assertThat(suite.getElementsByTagName("testcase").getLength()).isEqualTo(4);
    }

    @Test
    void one_test_case_per_control_named_by_id_and_title_worst_first() throws Exception {
        NodeList cases = parse(JunitReport.render(SampleReports.northwind())).getElementsByTagName("testcase");

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
        Element failure = (Element) parse(JunitReport.render(SampleReports.northwind()))
                .getElementsByTagName("failure")
                .item(0);

        assertThat(failure.getAttribute("message"))
                .isEqualTo("61 of 412 merged changes lacked 2 independent approvals");
        assertThat(failure.getTextContent()).isEqualTo("""
                controls/CHG-01.yaml:1:5
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
    void not_tested_is_skipped_with_its_summary() throws Exception {
        Element testCase = (Element) parse(JunitReport.render(SampleReports.northwind()))
                .getElementsByTagName("testcase")
                .item(2);

        Element skipped = (Element) testCase.getElementsByTagName("skipped").item(0);
        assertThat(skipped.getAttribute("message")).isEqualTo("tested by people, not by soc2kit");
        assertThat(testCase.getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void exceptions_noted_passes_and_names_the_exceptions_in_system_out() throws Exception {
        Element testCase = (Element) parse(JunitReport.render(SampleReports.northwind()))
                .getElementsByTagName("testcase")
                .item(1);

        assertThat(testCase.getElementsByTagName("failure").getLength()).isZero();
        assertThat(testCase.getElementsByTagName("skipped").getLength()).isZero();
        assertThat(testCase.getElementsByTagName("system-out").item(0).getTextContent())
                .isEqualTo("""
                2 of 25 leavers lost access after 1 day, covered by documented exceptions
                controls/ACC-03.yaml:1:5
                exceptions noted: 0 of 25 (0.0 %, tolerable 0.0 %)
                exceptions (2):
                  dana@northwind.example
                  eve@northwind.example
                """);
    }

    @Test
    void effective_control_is_an_empty_passing_test_case() throws Exception {
        Element testCase = (Element) parse(JunitReport.render(SampleReports.northwind()))
                .getElementsByTagName("testcase")
                .item(3);

        assertThat(testCase.getChildNodes().getLength()).isZero();
    }

    @Test
    void markup_in_user_text_is_escaped_and_read_back_unchanged() throws Exception {
        String xml = JunitReport.render(SampleReports.hostile());
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
        VerifyReport report = new VerifyReport(
                "Org",
                "Sys",
                "2025-01-01",
                "2025-12-31",
                "2025-12-31",
                new Report(List.of()),
                List.of(control),
                new Assessment(Opinion.QUALIFIED_RISK, List.of()),
                List.of());

        Element failure = (Element) parse(JunitReport.render(report))
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
        VerifyReport report = new VerifyReport(
                "Org",
                "Sys",
                "2025-01-01",
                "2025-12-31",
                "2025-12-31",
                new Report(List.of()),
                List.of(control),
                new Assessment(Opinion.UNQUALIFIED, List.of()),
                List.of());

        Element testCase = (Element) parse(JunitReport.render(report))
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
