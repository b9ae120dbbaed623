package io.github.soc2kit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every fixture under {@code rules/<rule-id>/}: the fixture's files are laid over the clean base
 * repository, and the findings must be exactly those its {@code # expect: <rule-id>: <message>} markers name,
 * on the marked lines.
 */
class RuleFixturesTest {

    @TempDir
    Path temp;

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> dirs = Files.list(Fixtures.resource("rules"))) {
            return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void base_repository_is_clean() {
        Report report = Fixtures.validateWithPractice(Fixtures.repository(temp.resolve("repo")));
        assertThat(report.findings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixture_reports_exactly_the_marked_findings(String fixture) {
        Path overlay = Fixtures.resource("rules/" + fixture);
        Report report = Fixtures.validateWithPractice(Fixtures.repository(temp.resolve("repo"), overlay));
        assertThat(report.findings().stream().map(RuleFixturesTest::line).toList())
                .containsExactlyInAnyOrderElementsOf(Fixtures.expectations(overlay));
        assertThat(report.ruleIds()).as("the fixture exercises its own rule").contains(fixture);
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.at().column()).isPositive());
    }

    private static String line(Finding f) {
        return f.at().path() + ":" + f.at().line() + ": " + f.ruleId() + ": " + f.message();
    }
}
