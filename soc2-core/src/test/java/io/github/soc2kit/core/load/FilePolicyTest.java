package io.github.soc2kit.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.api.EvidenceVerifier;
import io.github.soc2kit.core.api.PolicyValidator;
import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.api.ValidateRequest;
import io.github.soc2kit.core.api.ValidateResult;
import io.github.soc2kit.core.api.VerifyRequest;
import io.github.soc2kit.core.api.VerifyResult;
import io.github.soc2kit.core.diag.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * soc2kit reads only regular files whose real path lies inside the repository: a link to a secret elsewhere on
 * the machine, a FIFO or a folder is refused before it is opened, with a located finding that says what it is
 * and never what it holds.
 */
class FilePolicyTest {

    private static final String SECRET = "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI-do-not-leak";

    @TempDir
    Path temp;

    private Path secret() throws IOException {
        Path secret = temp.resolve("elsewhere/secret.yaml");
        Files.createDirectories(secret.getParent());
        Files.writeString(secret, "id: leaked\nnote: " + SECRET + "\n");
        return secret;
    }

    @Test
    void says_what_a_file_is_when_it_may_not_be_read() throws IOException {
        Path root = Files.createDirectories(temp.resolve("repo"));
        Files.writeString(root.resolve("plain.yaml"), "a: 1\n");
        Files.createSymbolicLink(root.resolve("inside.yaml"), root.resolve("plain.yaml"));
        Files.createSymbolicLink(root.resolve("outside.yaml"), secret());
        Files.createSymbolicLink(root.resolve("dangling.yaml"), root.resolve("gone.yaml"));
        Files.createSymbolicLink(root.resolve("loop-a.yaml"), root.resolve("loop-b.yaml"));
        Files.createSymbolicLink(root.resolve("loop-b.yaml"), root.resolve("loop-a.yaml"));
        Files.createDirectories(root.resolve("folder.yaml"));

        assertThat(new FilePolicy(root).refusal(root.resolve("plain.yaml"))).isNull();
        assertThat(new FilePolicy(root).refusal(root.resolve("inside.yaml"))).isNull();
        assertThat(new FilePolicy(root).refusal(root.resolve("outside.yaml")))
                .isEqualTo("is a link that leads outside the repository");
        assertThat(new FilePolicy(root).refusal(root.resolve("dangling.yaml")))
                .isEqualTo("is a link to a file that does not exist");
        assertThat(new FilePolicy(root).refusal(root.resolve("loop-a.yaml")))
                .isEqualTo("is a link that cannot be followed (a loop of links?)");
        assertThat(new FilePolicy(root).refusal(root.resolve("folder.yaml"))).isEqualTo("is a folder, not a file");
    }

    @Test
    void refuses_a_fifo_without_opening_it() throws Exception {
        Path root = Files.createDirectories(temp.resolve("repo"));
        Path fifo = root.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");
        assertThat(new FilePolicy(root).refusal(fifo)).isEqualTo("is not a regular file (a FIFO, socket or device)");
    }

    @Test
    void a_policy_linked_out_of_the_repository_is_refused_and_its_content_is_in_no_report() throws IOException {
        Path root = Fixtures.repository(temp.resolve("repo"));
        Files.createSymbolicLink(root.resolve("policies/secrets.yaml"), secret());

        Path out = temp.resolve("out");
        ValidateResult result = new PolicyValidator()
                .validate(new ValidateRequest(root, root.resolve("target"), out, Soc2Listener.NONE));

        assertThat(result.report().findings())
                .extracting(Finding::format)
                .contains("policies/secrets.yaml: error: 'policies/secrets.yaml' is a link that leads outside the"
                        + " repository; soc2kit did not read it [file-refused]");
        assertThat(Files.readString(result.reportFile())).doesNotContain(SECRET).doesNotContain("leaked");
    }

    @Test
    void an_evidence_export_linked_out_of_the_repository_is_refused_and_its_content_is_in_no_report()
            throws IOException {
        Path root = Fixtures.repository(temp.resolve("repo"));
        Files.createDirectories(root.resolve("evidence/okta"));
        Files.createSymbolicLink(root.resolve("evidence/okta/users.json"), secret());

        Path out = temp.resolve("out");
        VerifyResult result = new EvidenceVerifier()
                .verify(new VerifyRequest(root, root.resolve("target"), out, Fixtures.AFTER_PERIOD, Soc2Listener.NONE));

        assertThat(result.findings().findings())
                .extracting(Finding::format)
                .contains("evidence/okta/users.json: error: evidence file 'evidence/okta/users.json' is a link that"
                        + " leads outside the repository; soc2kit did not read it [evidence-invalid]");
        try (Stream<Path> reports = Files.list(out)) {
            for (Path report : reports.toList()) {
                assertThat(Files.readString(report)).as(report.toString()).doesNotContain(SECRET);
            }
        }
        assertThat(String.join("\n", result.console())).doesNotContain(SECRET);
    }
}
