package io.github.soc2kit.core.rules;

import static io.github.soc2kit.core.history.GitFixture.BEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.api.EvidenceVerifier;
import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.api.VerifyRequest;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.Report;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
 *
 * <p>A fixture of a rule that only a verification against the evidence reports (evidence-missing, check-failed,
 * exception-unused, ...) holds an {@code evidence/} folder or an {@code expect.txt}. It is verified end to end
 * through {@link EvidenceVerifier}, as soc2:verify does (a fixture without {@code history/} is then outside git, so
 * the verification notes history-unavailable at {@code soc2.yaml}), and, as in the check fixtures, only the findings
 * located in the fixture's own files and in the files its {@code expect.txt} names are compared; those of the rest
 * of the base repository are ignored (its sources have no exports, for one). {@code expect.txt} lists the findings
 * that no marker can carry, one per line as {@code <path>:<line>:<column>: <rule-id>: <message>}, with
 * {@code 0:0} for a finding about a whole file (see {@link Fixtures}).
 *
 * <p>Either way the fixture's own rule must be among the findings compared.
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
        List<String> expected = new ArrayList<>(Fixtures.listed(overlay));
        commitOf.forEach((path, commit) -> Fixtures.expectations(root.resolve(path), path)
                .forEach(e -> expected.add(e.replace("{commit}", commit))));
        List<Finding> findings;
        if (Files.isDirectory(overlay.resolve("evidence")) || Files.exists(overlay.resolve(Fixtures.LISTED))) {
            Set<String> own = new TreeSet<>(commitOf.keySet());
            own.addAll(Fixtures.listedFiles(overlay));
            findings = verify(root).stream()
                    .filter(f -> own.contains(f.at().path()))
                    .toList();
        } else {
            findings = check(root, git).findings();
        }

        assertThat(findings.stream().map(Fixtures::line).toList()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(findings)
                .as("the fixture exercises its own rule")
                .extracting(Finding::ruleId)
                .contains(fixture);
        assertThat(findings)
                .as("a finding on a line has a column (one about a whole file, line 0, is listed in expect.txt)")
                .filteredOn(f -> f.at().line() > 0)
                .allSatisfy(f -> assertThat(f.at().column()).isPositive());
    }

    /**
     * Copies the files of {@code layer}, except a history/ folder and an expect.txt, into the repository; returns
     * their paths.
     */
    private static List<String> lay(Path layer, Path root) throws IOException {
        List<String> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(layer)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String path = layer.relativize(file).toString().replace('\\', '/');
                if (!path.startsWith("history/") && !path.equals(Fixtures.LISTED)) {
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

    /** Every finding of soc2:verify, evidence and all. */
    private List<Finding> verify(Path root) {
        return new EvidenceVerifier()
                .verify(new VerifyRequest(
                        root, root.resolve("target"), temp.resolve("out"), Fixtures.AFTER_PERIOD, Soc2Listener.NONE))
                .findings()
                .findings();
    }
}
