package io.github.soc2kit.core.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.api.EvidenceVerifier;
import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.api.VerifyRequest;
import io.github.soc2kit.core.api.VerifyResult;
import io.github.soc2kit.core.diag.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every fixture under {@code checks/<kind>/}, one per automated test kind: the fixture's files are laid over
 * the base repository ({@code repos/base}) and verified end to end through {@link EvidenceVerifier}, with the
 * evidence in the shape the real system exports it. Observation period 2026-01-01 to 2026-06-30, Europe/Berlin.
 *
 * <p>A fixture holds a control of its kind, its evidence, the {@code evidence/sources.yaml} that declares it (with
 * the base repository's sources kept) and whatever else it needs (a policy, a register, a roster). The findings
 * located in the fixture's own files must be exactly those its markers name, as in the rule fixtures:
 * {@code # expect: <rule-id>@<column>: <message>} on the marked line (see {@link Fixtures#expectations}).
 *
 * Markers are YAML comments, so they can only sit in YAML files; a finding located in a JSON, CSV or NDJSON export
 * of a fixture is listed in its {@code expect.txt} instead (see {@link Fixtures}), and fails the test when it is
 * not. The check's finding ({@code <kind>-deviation}) sits at the {@code test:} key of the control. Each fixture
 * must report a {@code <kind>-deviation} of its own kind that counts some but not all of the population as
 * deviating, so a check that flags everything or nothing fails.
 *
 * <p>Findings located in files the fixture neither holds nor names in its {@code expect.txt} are ignored: they come
 * from the base repository, for example {@code evidence-missing} at the {@code test:} of a base control whose export
 * the fixture does not ship (its twin at the source's {@code path} in the fixture's sources.yaml is marked). Every
 * kind of the control schema's test kind enum except {@code manual} must have a fixture, so a new kind fails here
 * until it gets one.
 */
class CheckFixturesTest {

    private static final Pattern RATE = Pattern.compile(": ([\\d,]+) of ([\\d,]+) [a-z-]+ \\("); // 1,000 of 2,500

    @TempDir
    Path temp;

    static Stream<String> fixtures() {
        return folders().stream();
    }

    private static List<String> folders() {
        try (Stream<Path> dirs = Files.list(Fixtures.resource("checks"))) {
            return dirs.filter(Files::isDirectory)
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void every_automated_test_kind_has_a_fixture() throws IOException {
        Set<String> kinds = new TreeSet<>();
        try (InputStream schema =
                getClass().getClassLoader().getResourceAsStream("soc2kit/schema/v1/control.schema.json")) {
            JsonNode kindEnum = JsonMapper.shared().readTree(schema).at("/$defs/test/properties/kind/enum");
            kindEnum.forEach(kind -> kinds.add(kind.asString()));
        }
        assertThat(kinds).as("the schema's test kinds").contains("manual", "population");
        kinds.remove("manual");
        assertThat(folders())
                .as("a folder under checks/ per automated test kind")
                .containsExactlyElementsOf(kinds);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixture_reports_exactly_the_marked_findings(String kind) {
        Path overlay = Fixtures.resource("checks/" + kind);
        Path repository = Fixtures.repository(temp.resolve("repo"), overlay);
        VerifyResult result = new EvidenceVerifier()
                .verify(new VerifyRequest(
                        repository,
                        repository.resolve("target"),
                        temp.resolve("out"),
                        Fixtures.AFTER_PERIOD,
                        Soc2Listener.NONE));
        assertThat(result.validated()).as("the fixture repository validates").isTrue();

        Set<String> own = Fixtures.files(overlay);
        List<Finding> located = result.findings().findings().stream()
                .filter(f -> own.contains(f.at().path()))
                .toList();
        assertThat(located.stream().map(Fixtures::line).toList())
                .containsExactlyInAnyOrderElementsOf(Fixtures.expectations(overlay));

        List<Finding> deviations = located.stream()
                .filter(f -> f.ruleId().equals(kind + "-deviation"))
                .toList();
        assertThat(deviations).as("the fixture exercises the %s check", kind).isNotEmpty();
        assertThat(deviations).allSatisfy(f -> {
            Matcher rate = RATE.matcher(f.message());
            assertThat(rate.find()).as("'N of M <unit> (' in %s", f.message()).isTrue();
            long deviating = Long.parseLong(rate.group(1).replace(",", ""));
            long population = Long.parseLong(rate.group(2).replace(",", ""));
            assertThat(deviating)
                    .as("deviating records, of %d", population)
                    .isPositive()
                    .isLessThan(population);
        });
    }
}
