package io.github.soc2kit.core.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.api.EvidenceVerifier;
import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.api.VerifyRequest;
import io.github.soc2kit.core.api.VerifyResults;
import io.github.soc2kit.core.assess.ControlResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deviating or excepted record links to its page when its export says where it lives: the population fixture, a
 * real {@code gh api} export whose pull requests have their {@code html_url}.
 */
class RecordLinksTest {

    @TempDir
    Path temp;

    @Test
    void deviating_and_excepted_pull_requests_link_to_their_pages_in_the_result_and_the_pull_request_comment()
            throws IOException {
        Path root = Fixtures.repository(temp.resolve("repo"), Fixtures.resource("checks/population"));

        ControlResult changes = VerifyResults.control(
                new EvidenceVerifier()
                        .verify(new VerifyRequest(
                                root,
                                root.resolve("target"),
                                temp.resolve("out"),
                                Fixtures.AFTER_PERIOD,
                                Soc2Listener.NONE)),
                "CHG-01");

        assertThat(changes.links())
                .containsOnly(
                        entry("tiny-co/tiny-app#407", "https://github.com/tiny-co/tiny-app/pull/407"),
                        entry("tiny-co/tiny-app#412", "https://github.com/tiny-co/tiny-app/pull/412"));
        assertThat(Files.readString(temp.resolve("out/verify.md")))
                .contains("- deviations: [`tiny-co/tiny-app#407`](https://github.com/tiny-co/tiny-app/pull/407)")
                .contains("- exceptions: [`tiny-co/tiny-app#412`](https://github.com/tiny-co/tiny-app/pull/412)");
    }
}
