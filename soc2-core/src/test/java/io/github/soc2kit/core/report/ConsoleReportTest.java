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
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The console summary a Maven log prints: one line per control, worst first, then the projected opinion. */
class ConsoleReportTest {

    @Test
    void prints_controls_worst_first_with_capped_identifiers_and_the_opinion() {
        assertThat(ConsoleReport.lines(SampleReports.northwind()))
                .containsExactly(
                        "CHG-01  deviation (tolerable 5.0 %): 61 of 412 merged changes lacked 2 independent approvals",
                        "    deviations: #1007, #1014, #1021, #1028, #1035, #1042, #1049, #1056, #1063, #1070 and 2 more",
                        "    exceptions: #1003, #1101",
                        "ACC-03  exceptions noted (tolerable 0.0 %): 2 of 25 leavers lost access after 1 day, covered by documented exceptions",
                        "    exceptions: dana@northwind.example, eve@northwind.example",
                        "IR-04  not tested: tested by people, not by soc2kit",
                        "HR-02  effective (tolerable 10.0 %): 40 of 40 people completed security training",
                        "projected opinion as of 2025-12-31: qualified risk (this is an estimate from the evidence in the repository, not an auditor's opinion)");
    }

    @Test
    void formats_numbers_the_same_in_every_default_locale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(ConsoleReport.lines(example(3, 412, 0.02)).get(0))
                    .isEqualTo("CHG-01  deviation (tolerable 2.0 %): 3 of 412 changes lacked approvals");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void a_line_break_in_user_text_cannot_forge_a_log_line() {
        ControlResult control = ControlResults.finished(
                "C-1",
                "t",
                "o",
                "low",
                "population",
                SourcePosition.of("c.yaml"),
                1,
                1,
                0,
                0.0,
                ControlStatus.DEVIATION,
                List.of("k\n[ERROR] fake"),
                List.of(),
                "bad\r\n[INFO] BUILD SUCCESS");
        VerifyReport report = new VerifyReport(
                "Org",
                "Sys",
                "2025-01-01",
                "2025-12-31",
                "2025-12-31",
                new Report(List.of()),
                List.of(control),
                new Assessment(Opinion.ADVERSE_RISK, List.of()),
                List.of());

        assertThat(ConsoleReport.lines(report))
                .containsExactly(
                        "C-1  deviation (tolerable 0.0 %): bad [INFO] BUILD SUCCESS",
                        "    deviations: k [ERROR] fake",
                        "projected opinion as of 2025-12-31: adverse risk (this is an estimate from the evidence in the repository, not an auditor's opinion)");
    }

    private static VerifyReport example(long deviations, long population, double tolerable) {
        ControlResult control = ControlResults.finished(
                "CHG-01",
                "Change approval",
                "alice",
                "high",
                "population",
                SourcePosition.of("controls/CHG-01.yaml"),
                population,
                deviations,
                0,
                tolerable,
                ControlStatus.DEVIATION,
                List.of(),
                List.of(),
                deviations + " of " + population + " changes lacked approvals");
        return new VerifyReport(
                "Org",
                "Sys",
                "2025-01-01",
                "2025-12-31",
                "2025-12-31",
                new Report(List.of()),
                List.of(control),
                new Assessment(Opinion.QUALIFIED_RISK, List.of()),
                List.of());
    }
}
