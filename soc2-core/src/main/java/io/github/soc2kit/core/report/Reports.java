package io.github.soc2kit.core.report;

import io.github.soc2kit.core.assess.VerifyReport;
import io.github.soc2kit.core.diag.RuleId;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Writes every file report of {@code soc2:verify} into one folder (normally {@code target/soc2/}):
 * {@value JsonReport#FILE_NAME}, {@value SarifReport#FILE_NAME}, {@value JunitReport#FILE_NAME} and
 * {@value MarkdownReport#FILE_NAME}. The console summary is {@link ConsoleReport#log}.
 */
public final class Reports {

    /**
     * The rules of the findings that state a control's result, in the control's own file: the console prints them on
     * the control's line and JUnit in the control's failing test case, so neither lists them again.
     */
    static final Set<RuleId> VERDICTS = EnumSet.of(
            RuleId.POPULATION_DEVIATION,
            RuleId.CONFIG_DEVIATION,
            RuleId.PERIODIC_DEVIATION,
            RuleId.TIMELINESS_DEVIATION,
            RuleId.RECONCILIATION_DEVIATION,
            RuleId.CONTINUITY_DEVIATION,
            RuleId.EVIDENCE_MISSING,
            RuleId.CHECK_FAILED);

    private Reports() {}

    /**
     * Writes all reports, each replaced atomically, creating the folder when needed.
     *
     * @return the files written, in the order above
     * @throws java.io.UncheckedIOException when a file cannot be written
     */
    public static List<Path> writeAll(VerifyReport report, ReportOrigin origin, Path outputDirectory) {
        return List.of(
                JsonReport.write(report, outputDirectory.resolve(JsonReport.FILE_NAME)),
                SarifReport.write(report, origin, outputDirectory.resolve(SarifReport.FILE_NAME)),
                JunitReport.write(report, origin, outputDirectory.resolve(JunitReport.FILE_NAME)),
                MarkdownReport.write(report, outputDirectory.resolve(MarkdownReport.FILE_NAME)));
    }
}
