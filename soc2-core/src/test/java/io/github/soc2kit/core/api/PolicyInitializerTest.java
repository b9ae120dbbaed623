package io.github.soc2kit.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.InvalidConfigurationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The starter of {@code soc2kit init}: valid at once, verify names each missing export, nothing overwritten. */
class PolicyInitializerTest {

    /** The starter as the build laid it out: its own files and the wrapper copied from the repository root. */
    private static final Path STARTER = Path.of("target/classes/soc2kit/starter");

    @TempDir
    Path temp;

    private static List<String> lines(List<Finding> findings) {
        return findings.stream().map(Finding::format).toList();
    }

    @Test
    void the_starter_validates_with_no_finding() {
        Path repo = temp.resolve("policies");
        InitResult result = new PolicyInitializer().init(new InitRequest(repo, Soc2Listener.NONE));
        assertThat(result.kept()).isEmpty();
        assertThat(result.written())
                .contains(
                        "soc2.yaml",
                        ".gitignore",
                        "pom.xml",
                        "evidence/sources.yaml",
                        ".mvn/wrapper/maven-wrapper.properties");
        assertThat(repo.resolve("mvnw")).isExecutable().hasSameBinaryContentAs(Path.of("../mvnw"));
        assertThat(repo.resolve(".mvn/wrapper/maven-wrapper.jar"))
                .hasSameBinaryContentAs(Path.of("../.mvn/wrapper/maven-wrapper.jar"));
        ValidateResult validated = new PolicyValidator()
                .validate(new ValidateRequest(
                        repo, repo.resolve("target"), repo.resolve("target/soc2"), Soc2Listener.NONE));
        assertThat(lines(validated.report().findings())).isEmpty();
    }

    @Test
    void verify_on_the_starter_names_every_missing_export_by_source_and_path() {
        Path repo = temp.resolve("policies");
        new PolicyInitializer().init(new InitRequest(repo, Soc2Listener.NONE));
        VerifyResult verified = new EvidenceVerifier()
                .verify(new VerifyRequest(
                        repo,
                        repo.resolve("target"),
                        repo.resolve("target/soc2"),
                        LocalDate.of(2026, 6, 30),
                        Soc2Listener.NONE));
        List<String> lines = lines(verified.findings().findings());
        assertThat(lines.stream().filter(line -> line.startsWith("evidence/sources.yaml")))
                .containsExactly(
                        missing(12, "github-pulls", "evidence/github/pulls.json"),
                        missing(33, "okta-users", "evidence/okta/users.json"),
                        missing(43, "hris-employees", "evidence/hris/employees.csv"),
                        missing(52, "training", "evidence/training/enrollments.csv"),
                        missing(61, "pagerduty-incidents", "evidence/pagerduty/incidents.json"),
                        missing(69, "backup-jobs", "evidence/aws/backup-jobs.csv"),
                        missing(84, "management-reviews", "evidence/manual/management-reviews.yaml"));
        assertThat(lines)
                .contains("controls/IAM-01.yaml:9:1: error: control 'IAM-01' has no evidence: evidence source"
                        + " 'hris-employees' has no file matching 'evidence/hris/employees.csv'; evidence source"
                        + " 'okta-users' has no file matching 'evidence/okta/users.json' [evidence-missing]")
                .allMatch(line -> line.endsWith("[evidence-missing]") || line.endsWith("[history-unavailable]"));
    }

    private static String missing(int line, String source, String path) {
        return "evidence/sources.yaml:" + line + ":11: error: evidence source '" + source + "' has no file matching '"
                + path + "' [evidence-missing]";
    }

    @Test
    void init_into_a_folder_with_files_keeps_them_byte_for_byte_and_lists_them_as_kept() throws IOException {
        Path repo = Files.createDirectories(temp.resolve("policies"));
        byte[] soc2 = "organization: Mine\n".getBytes(StandardCharsets.UTF_8);
        byte[] notes = {1, 2, 3};
        Files.write(repo.resolve("soc2.yaml"), soc2);
        Files.createDirectories(repo.resolve("controls"));
        Files.write(repo.resolve("controls/CHG-01.yaml"), notes);
        InitResult result = new PolicyInitializer().init(new InitRequest(repo, Soc2Listener.NONE));
        assertThat(result.kept()).containsExactly("controls/CHG-01.yaml", "soc2.yaml");
        assertThat(result.written()).hasSize(25).doesNotContain("soc2.yaml");
        assertThat(Files.readAllBytes(repo.resolve("soc2.yaml"))).isEqualTo(soc2);
        assertThat(Files.readAllBytes(repo.resolve("controls/CHG-01.yaml"))).isEqualTo(notes);
        InitResult again = new PolicyInitializer().init(new InitRequest(repo, Soc2Listener.NONE));
        assertThat(again.written()).isEmpty();
    }

    @Test
    void a_folder_of_the_starter_that_links_out_is_refused_before_anything_is_written() throws IOException {
        Path repo = Files.createDirectories(temp.resolve("policies"));
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.createSymbolicLink(repo.resolve("evidence"), outside);
        assertThatThrownBy(() -> new PolicyInitializer().init(new InitRequest(repo, Soc2Listener.NONE)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage(
                        "'evidence' in " + repo.toAbsolutePath()
                                + " is a link that leads out of it; init writes only inside the folder, so nothing was written");
        try (Stream<Path> files = Files.list(outside)) {
            assertThat(files).isEmpty();
        }
        try (Stream<Path> files = Files.list(repo)) {
            assertThat(files).containsExactly(repo.resolve("evidence"));
        }
    }

    @Test
    void the_pom_names_this_version_of_the_plugin() throws IOException {
        Path repo = temp.resolve("policies");
        new PolicyInitializer().init(new InitRequest(repo, Soc2Listener.NONE));
        assertThat(Files.readString(repo.resolve("pom.xml")))
                .contains("<version>" + Version.current() + "</version>")
                .doesNotContain("@");
        assertThat(Version.current()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void the_index_lists_exactly_the_files_of_the_starter_folder() throws IOException {
        List<String> index = Files.readAllLines(Path.of("src/main/resources/soc2kit/starter.txt")).stream()
                .filter(line -> !line.startsWith("#"))
                .toList();
        try (Stream<Path> walk = Files.walk(STARTER)) {
            assertThat(walk.filter(Files::isRegularFile)
                            .map(p -> STARTER.relativize(p).toString().replace('\\', '/'))
                            .sorted())
                    .containsExactlyElementsOf(index);
        }
    }
}
