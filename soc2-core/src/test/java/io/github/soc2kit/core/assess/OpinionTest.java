package io.github.soc2kit.core.assess;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.api.EvidenceVerifier;
import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.api.VerifyRequest;
import io.github.soc2kit.core.api.VerifyResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The projected opinion never reads "unqualified" for a repository where nothing was tested. */
class OpinionTest {

    @TempDir
    Path temp;

    @Test
    void a_repository_without_controls_is_not_assessable() throws IOException {
        Path repo = Fixtures.repository(temp.resolve("repo"));
        try (Stream<Path> controls = Files.list(repo.resolve("controls"))) {
            for (Path control : controls.toList()) {
                Files.delete(control);
            }
        }
        Files.delete(repo.resolve("registers/exceptions.yaml"));
        Files.delete(repo.resolve("registers/handoffs.yaml"));
        Path policy = repo.resolve("policies/change-management.yaml");
        Files.writeString(policy, Files.readString(policy).replace("controls: [CHG-01, CHG-02, GOV-01]\n", ""));

        VerifyResult result = new EvidenceVerifier()
                .verify(new VerifyRequest(
                        repo, repo.resolve("target"), temp.resolve("out"), Fixtures.AFTER_PERIOD, Soc2Listener.NONE));

        assertThat(result.validated()).as("%s", result.findings().findings()).isTrue();
        assertThat(result.opinion()).isEqualTo("not assessable");
        assertThat(Files.readString(temp.resolve("out/verify.md")))
                .contains("**Projected opinion as of 2026-06-30: not assessable**")
                .contains("nothing was tested: the repository has no controls");
    }
}
