package io.github.soc2kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.api.Version;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar run as a user runs it, {@code java -jar soc2kit.jar ...} in a process of its own: it starts from the
 * manifest alone, and its exit codes and lines are those of the in-process runs; and what the jar holds. Runs in the
 * integration-test phase, after the package phase has built target/soc2kit.jar.
 */
class JarProcessTest {

    @TempDir
    Path temp;

    record Run(int code, List<String> out, List<String> err) {}

    private static Path jar() {
        return Path.of(System.getProperty("soc2kit.jar", "target/soc2kit.jar")).toAbsolutePath();
    }

    private static Run soc2kit(Path workingDirectory, Object... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString()));
        for (Object arg : args) {
            command.add(String.valueOf(arg));
        }
        Path out = Files.createTempFile("soc2kit", ".out");
        Path err = Files.createTempFile("soc2kit", ".err");
        Process process = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("soc2kit ends").isTrue();
        Run run = new Run(
                process.exitValue(),
                Files.readAllLines(out, StandardCharsets.UTF_8),
                Files.readAllLines(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    @Test
    void version_comes_from_the_jar() throws Exception {
        Run run = soc2kit(temp, "--version");
        assertThat(run.code()).isZero();
        assertThat(run.out()).containsExactly("soc2kit " + Version.current());
        assertThat(run.err()).isEmpty();
    }

    /**
     * The service files that several jars provide are merged once: a build whose jar plugin took the shaded jar of the
     * build before as its own (up to date) shaded it again, and listed each provider twice.
     */
    @Test
    void each_service_file_names_each_provider_once() throws IOException {
        try (ZipFile jar = new ZipFile(jar().toFile())) {
            List<? extends ZipEntry> services = jar.stream()
                    .filter(entry -> entry.getName().startsWith("META-INF/services/") && !entry.isDirectory())
                    .toList();
            assertThat(services).isNotEmpty();
            for (ZipEntry service : services) {
                List<String> providers = text(jar, service.getName())
                        .lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .toList();
                assertThat(providers).as(service.getName()).doesNotHaveDuplicates();
            }
        }
    }

    /**
     * The notices and licence texts that several jars keep under one name are all passed on, not the first jar's alone;
     * the notices as UTF-8 whatever the build machine's locale.
     */
    @Test
    void the_notice_and_the_licences_hold_each_jar_s_own() throws IOException {
        try (ZipFile jar = new ZipFile(jar().toFile())) {
            assertThat(jar.getEntry("META-INF/NOTICE.txt")).isNull();
            assertThat(text(jar, "META-INF/NOTICE"))
                    .contains("# Jackson JSON processor", "Copyright © 2023 Werner Randelshofer")
                    .contains("Apache PDFBox\n", "Apache FontBox\n", "Apache Commons Codec\n");
            assertThat(text(jar, "META-INF/LICENSE"))
                    .contains("Apache License", "OPEN HTML TO PDF XML/CSS RENDERER LICENSE COMMENTS");
            assertThat(text(jar, "META-INF/LICENSE.txt"))
                    .contains(
                            "Copyright (c) 2015, Atlassian Pty Ltd", "Copyright (c) 2007-present, Stephen Colebourne");
        }
    }

    private static String text(ZipFile jar, String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        assertThat(entry).as(name).isNotNull();
        return new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void init_in_the_current_folder_then_validate_and_verify_without_arguments() throws Exception {
        Path repo = Files.createDirectories(temp.resolve("my-policies"));
        assertThat(soc2kit(repo, "init").code()).isZero();

        Run validate = soc2kit(repo, "validate");
        assertThat(validate.code()).isZero();
        assertThat(validate.out()).isEmpty();
        assertThat(validate.err())
                .containsExactly(
                        "soc2kit: read 19 files", "soc2kit: no findings; full report: target/soc2/validate.json");

        Run verify = soc2kit(repo, "verify", "--as-of", Repositories.AS_OF);
        assertThat(verify.code()).isEqualTo(1);
        assertThat(verify.out())
                .contains(
                        CliTest.missing(12, "github-pulls", "evidence/github/pulls.json"),
                        CliTest.missing(84, "management-reviews", "evidence/manual/management-reviews.yaml"),
                        CliTest.SEE_EVIDENCE_MISSING);
        assertThat(repo.resolve("target/soc2/verify.json")).isRegularFile();
    }

    @Test
    void the_example_repository_verifies_and_renders_with_no_line_from_a_library() throws Exception {
        Path example = Repositories.example(temp.resolve("example"));
        Run run = soc2kit(temp, "verify", "example", "--as-of", Repositories.AS_OF, "--fail-on", "qualified");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out())
                .contains("controls/CHG-04.yaml:9:8: error: owner 'samira.haddad@northwind.example' of control"
                        + " 'CHG-04' left on 2025-12-31, during the observation period [owner-inactive]")
                .last()
                .isEqualTo("8 deviation · 1 exceptions noted · 14 not tested · 22 effective");
        assertThat(run.err())
                .last()
                .isEqualTo("soc2kit: 11 errors, 0 warnings, 1 note in 12 files; projected opinion: adverse risk; "
                        + CliTest.DETAILS);
        assertThat(example.resolve("target/soc2/TEST-soc2.xml")).isRegularFile();

        // SLF4J, ical4j and PDFBox say nothing: stderr holds soc2kit's own lines alone
        Run render = soc2kit(temp, "render", "example", "--as-of", Repositories.AS_OF);
        assertThat(render.code()).isZero();
        assertThat(render.err()).last().asString().startsWith("soc2kit: public site written to target/soc2-site (");
        assertThat(run.err()).allMatch(line -> line.startsWith("soc2kit: "));
        assertThat(render.err()).allMatch(line -> line.startsWith("soc2kit: "));
    }

    @Test
    void a_broken_repository_exits_1_with_each_mistake_and_an_unknown_rule_exits_2() throws Exception {
        Path repo = CliTest.broken(temp.resolve("broken"));
        Run validate = soc2kit(temp, "validate", "broken");
        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.out()).containsExactlyElementsOf(CliTest.BROKEN_FINDINGS);
        assertThat(repo.resolve("target/soc2/validate.json")).isRegularFile();

        Run explain = soc2kit(temp, "explain", "yaml-dupliate-key");
        assertThat(explain.code()).isEqualTo(2);
        assertThat(explain.out()).isEmpty();
        assertThat(explain.err())
                .containsExactly("soc2kit: unknown rule 'yaml-dupliate-key'; did you mean 'yaml-duplicate-key'?");
    }
}
