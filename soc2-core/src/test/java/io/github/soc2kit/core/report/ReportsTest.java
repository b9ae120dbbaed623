package io.github.soc2kit.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Golden;
import io.github.soc2kit.core.assess.VerifyReport;
import io.github.soc2kit.core.diag.LogEntry;
import io.github.soc2kit.core.diag.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report format rendered from {@link SampleReports#northwind()} and compared byte-for-byte with its golden file
 * in {@code src/test/resources/report/expected/}.
 *
 * <p>When a change to a format is intended, regenerate the golden files and review their diff in the pull request:
 *
 * <pre>
 * ./mvnw -o -q -pl soc2-core -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='io.github.soc2kit.core.report.**' -Dsoc2.golden.update=true
 * </pre>
 */
class ReportsTest {

    private static final String EXPECTED = "report/expected/";

    private static final VerifyReport REPORT = SampleReports.northwind();

    @Test
    void json_matches_golden_file() {
        Golden.assertMatches(EXPECTED + JsonReport.FILE_NAME, JsonReport.render(REPORT));
    }

    @Test
    void sarif_matches_golden_file() {
        Golden.assertMatches(EXPECTED + SarifReport.FILE_NAME, SarifReport.render(REPORT, SampleReports.IN_GIT));
    }

    @Test
    void junit_xml_matches_golden_file() {
        Golden.assertMatches(EXPECTED + JunitReport.FILE_NAME, JunitReport.render(REPORT, SampleReports.IN_GIT));
    }

    @Test
    void markdown_matches_golden_file() {
        Golden.assertMatches(EXPECTED + MarkdownReport.FILE_NAME, MarkdownReport.render(REPORT));
    }

    @Test
    void console_lines_match_golden_file() {
        Golden.assertMatches(EXPECTED + "console.txt", console(REPORT));
    }

    /** The console entries as a Maven log shows them: the level before the first line of each. */
    private static String console(VerifyReport report) {
        StringBuilder log = new StringBuilder();
        for (LogEntry entry : ConsoleReport.log(report, "target/soc2/verify.md")) {
            String level =
                    entry.level() == Severity.NOTE ? "INFO" : entry.level().name();
            log.append('[')
                    .append(level)
                    .append("] ")
                    .append(String.join("\n", entry.lines()))
                    .append('\n');
        }
        return log.toString();
    }

    @Test
    void rendering_twice_gives_identical_bytes() {
        for (Function<VerifyReport, String> format : formats()) {
            assertThat(format.apply(SampleReports.northwind())).isEqualTo(format.apply(SampleReports.northwind()));
            assertThat(format.apply(SampleReports.hostile())).isEqualTo(format.apply(SampleReports.hostile()));
        }
        assertThat(console(SampleReports.northwind())).isEqualTo(console(SampleReports.northwind()));
    }

    @Test
    void renderings_use_only_line_feeds_and_end_with_one() {
        for (Function<VerifyReport, String> format : formats()) {
            String text = format.apply(REPORT);
            assertThat(text).doesNotContain("\r").endsWith("\n").doesNotEndWith("\n\n");
        }
    }

    @Test
    void write_all_writes_the_four_files_as_rendered(@TempDir Path temp) throws IOException {
        Path output = temp.resolve("target/soc2");

        List<Path> written = Reports.writeAll(REPORT, SampleReports.IN_GIT, output);

        assertThat(written)
                .containsExactly(
                        output.resolve("verify.json"),
                        output.resolve("verify.sarif"),
                        output.resolve("TEST-soc2.xml"),
                        output.resolve("verify.md"));
        assertThat(read(written.get(0))).isEqualTo(JsonReport.render(REPORT));
        assertThat(read(written.get(1))).isEqualTo(SarifReport.render(REPORT, SampleReports.IN_GIT));
        assertThat(read(written.get(2))).isEqualTo(JunitReport.render(REPORT, SampleReports.IN_GIT));
        assertThat(read(written.get(3))).isEqualTo(MarkdownReport.render(REPORT));
        try (Stream<Path> files = Files.list(output)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .as("no temporary files are left behind")
                    .containsExactly("TEST-soc2.xml", "verify.json", "verify.md", "verify.sarif");
        }
    }

    @Test
    void write_all_replaces_earlier_reports(@TempDir Path temp) throws IOException {
        Reports.writeAll(SampleReports.hostile(), SampleReports.IN_GIT, temp);

        Reports.writeAll(REPORT, SampleReports.IN_GIT, temp);

        assertThat(read(temp.resolve("verify.md"))).isEqualTo(MarkdownReport.render(REPORT));
    }

    private static List<Function<VerifyReport, String>> formats() {
        return List.of(
                JsonReport::render,
                r -> SarifReport.render(r, SampleReports.IN_GIT),
                r -> JunitReport.render(r, SampleReports.IN_GIT),
                MarkdownReport::render);
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
