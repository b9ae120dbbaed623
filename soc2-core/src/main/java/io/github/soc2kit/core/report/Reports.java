package io.github.soc2kit.core.report;

import io.github.soc2kit.core.assess.VerifyReport;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes every file report of {@code soc2:verify} into one folder (normally {@code target/soc2/}):
 * {@value JsonReport#FILE_NAME}, {@value SarifReport#FILE_NAME}, {@value JunitReport#FILE_NAME} and
 * {@value MarkdownReport#FILE_NAME}. The console summary is {@link ConsoleReport#lines}.
 */
public final class Reports {

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
