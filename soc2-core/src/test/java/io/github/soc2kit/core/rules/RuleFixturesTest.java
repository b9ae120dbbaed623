package io.github.soc2kit.core.rules;

import static io.github.soc2kit.core.history.GitFixture.BEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.Report;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.history.GitFixture;
import io.github.soc2kit.core.history.GitHistory;
import io.github.soc2kit.core.history.RepositoryHistory;
import io.github.soc2kit.core.load.CatalogueLoader;
import io.github.soc2kit.core.load.RepositoryLoader;
import io.github.soc2kit.core.load.SchemaValidator;
import io.github.soc2kit.core.model.PolicyRepository;
import io.github.soc2kit.core.model.Soc2Config;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every fixture under {@code rules/<rule-id>/}: the fixture's files are laid over the clean base
 * repository, and the findings that soc2:verify reports before it reads evidence (validation; with no validation
 * errors, the practice and history rules too) must be exactly those its
 * {@code # expect: <rule-id>@<column>: <message>} markers name, at the marked line and column.
 *
 * <p>A fixture with a {@code history/} folder is a git repository: the base repository with the fixture's other
 * files is committed on {@value #FIRST_COMMIT}, then each {@code history/<yyyy-mm-dd>/} folder is laid over it and
 * committed at 09:00 UTC that day, oldest first. Markers are read from the last version of each file, and
 * {@code {commit}} in one stands for the abbreviated id of the commit that wrote that version. Without that folder
 * the history rules see no history, as in a folder outside git.
 */
class RuleFixturesTest {

    static final String FIRST_COMMIT = "2025-12-31T09:00:00Z";

    @TempDir
    Path temp;

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> dirs = Files.list(Fixtures.resource("rules"))) {
            return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void base_repository_is_clean() {
        assertThat(check(Fixtures.repository(temp.resolve("repo")), false).findings())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixture_reports_exactly_the_marked_findings(String fixture) throws IOException {
        Path overlay = Fixtures.resource("rules/" + fixture);
        Path root = Fixtures.repository(temp.resolve("repo"));
        Path history = overlay.resolve("history");
        boolean git = Files.isDirectory(history);
        Map<String, String> commitOf = new TreeMap<>();
        if (git) {
            try (GitFixture repo = GitFixture.init(root)) {
                List<String> written = lay(overlay, root);
                String first =
                        repo.commit(FIRST_COMMIT, BEN, "Base").abbreviate(7).name();
                written.forEach(path -> commitOf.put(path, first));
                for (Path day : folders(history)) {
                    written = lay(day, root);
                    String commit = repo.commit(day.getFileName() + "T09:00:00Z", BEN, "Change")
                            .abbreviate(7)
                            .name();
                    written.forEach(path -> commitOf.put(path, commit));
                }
            }
        } else {
            lay(overlay, root).forEach(path -> commitOf.put(path, "working tree"));
        }
        List<String> expected = new ArrayList<>();
        commitOf.forEach((path, commit) -> Fixtures.expectations(root.resolve(path), path)
                .forEach(e -> expected.add(e.replace("{commit}", commit))));
        Report report = check(root, git);

        assertThat(report.findings().stream().map(RuleFixturesTest::line).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(report.rules())
                .as("the fixture exercises its own rule")
                .extracting(RuleId::id)
                .contains(fixture);
        assertThat(report.findings())
                .allSatisfy(f -> assertThat(f.at().column()).isPositive());
    }

    /** Copies the files of {@code layer}, except a history/ folder, into the repository; returns their paths. */
    private static List<String> lay(Path layer, Path root) throws IOException {
        List<String> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(layer)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String path = layer.relativize(file).toString().replace('\\', '/');
                if (!path.startsWith("history/")) {
                    Files.createDirectories(root.resolve(path).getParent());
                    Files.copy(file, root.resolve(path), StandardCopyOption.REPLACE_EXISTING);
                    paths.add(path);
                }
            }
        }
        return paths;
    }

    private static List<Path> folders(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }

    /**
     * The findings of soc2:verify before the evidence: validation, and when it has no errors, the practice rules and
     * the history rules, with the git history or none.
     */
    private static Report check(Path root, boolean git) {
        Report validation = Fixtures.validate(root);
        if (validation.hasErrors()) {
            return validation;
        }
        PolicyRepository repo =
                new RepositoryLoader(new SchemaValidator()).load(root).repository();
        Soc2Config config = Objects.requireNonNull(repo.config());
        RepositoryHistory history = git
                ? new GitHistory().read(root, ZoneId.of(config.timezone()), config.periodStart())
                : RepositoryHistory.none();
        RuleContext context = new RuleContext(repo, CatalogueLoader.tsc2017(), history);
        List<Finding> findings = new ArrayList<>(validation.findings());
        findings.addAll(Rules.checkPractice(context));
        findings.addAll(history.findings());
        findings.addAll(Rules.checkHistory(context));
        return new Report(findings);
    }

    private static String line(Finding f) {
        return f.at().path() + ":" + f.at().line() + ":" + f.at().column() + ": " + f.ruleId() + ": " + f.message();
    }
}
