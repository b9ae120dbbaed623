package io.github.soc2kit.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Bounded whatever the outcome, in every build: 200,000 generated pull requests that all deviate, verified by the
 * {@code deviation-guard} surefire execution in a JVM limited to {@code -Xmx64m}. Listing every deviation (its key,
 * link and detail) would take more than that heap; a population test lists the first 10,000 and counts the rest.
 *
 * <p>Run it alone with {@code ./mvnw -pl soc2-core -am test-compile surefire:test@deviation-guard}.
 */
class DeviationGuardTest {

    @TempDir
    Path temp;

    @Test
    void counts_two_hundred_thousand_deviations_in_a_heap_smaller_than_their_list() throws IOException {
        int records = 200_000;
        Path repo = temp.resolve("repo");
        PullRequestExport.write(repo, records);
        Path chg01 = repo.resolve("controls/CHG-01.yaml");
        Files.writeString(
                chg01,
                Files.readString(chg01)
                        .replaceFirst("(?m)^  require: .*$", "  require: record.independent_approvals >= 5"));

        ControlResult control = VerifyResults.control(
                new EvidenceVerifier()
                        .verify(new VerifyRequest(
                                repo,
                                repo.resolve("target"),
                                temp.resolve("out"),
                                Fixtures.AFTER_PERIOD,
                                Soc2Listener.NONE)),
                "CHG-01");
        assertThat(control.deviations()).as("every one").isEqualTo(records);
        assertThat(control.deviationKeys()).hasSize(10_000);
        assertThat(control.unlistedDeviations()).isEqualTo(records - 10_000);
    }
}
