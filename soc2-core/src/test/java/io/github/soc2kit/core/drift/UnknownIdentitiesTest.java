package io.github.soc2kit.core.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.api.EvidenceVerifier;
import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.api.VerifyRequest;
import io.github.soc2kit.core.api.VerifyResults;
import io.github.soc2kit.core.diag.Wording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The identities of a source that name nobody of the roster, reported in one finding at the source: fixture
 * {@code rules/identity-unknown} with its Okta users replaced by others in the shape Okta exports them.
 */
class UnknownIdentitiesTest {

    @TempDir
    Path temp;

    @Test
    void one_stranger_is_one_identity_of_one_record() throws IOException {
        assertThat(unknownIdentities(1))
                .containsExactly("1 record of 'okta-users' names 1 identity that is not in the roster:"
                        + " stranger-00000@elsewhere.example");
    }

    @Test
    void as_many_strangers_as_the_bound_are_counted_one_by_one() throws IOException {
        int users = DriftEngine.MAX_UNKNOWN;

        assertThat(unknownIdentities(users))
                .containsExactly(String.format(
                        Locale.ROOT,
                        "%,d records of 'okta-users' name %,d identities that are not in the roster: %s and %,d more",
                        users,
                        users,
                        FIRST_TEN,
                        users - Wording.MAX_KEYS));
    }

    @Test
    void an_export_of_more_strangers_than_the_bound_names_the_first_and_counts_every_record() throws IOException {
        int users = DriftEngine.MAX_UNKNOWN + 1;

        assertThat(unknownIdentities(users))
                .containsExactly(String.format(
                        Locale.ROOT,
                        "%,d records of 'okta-users' name more than %,d identities that are not in the roster: %s"
                                + " and others",
                        users,
                        DriftEngine.MAX_UNKNOWN,
                        FIRST_TEN));
    }

    private static final String FIRST_TEN = IntStream.range(0, Wording.MAX_KEYS)
            .mapToObj(i -> String.format(Locale.ROOT, "stranger-%05d@elsewhere.example", i))
            .collect(Collectors.joining(", "));

    /** The identity-unknown messages of a verification whose Okta export holds {@code users} strangers, in reverse. */
    private List<String> unknownIdentities(int users) throws IOException {
        Path root = Fixtures.repository(temp.resolve("repo"), Fixtures.resource("rules/identity-unknown"));
        String export = IntStream.range(0, users)
                .map(i -> users - 1 - i) // the first in order come last
                .mapToObj(i -> String.format(Locale.ROOT, """
                        {"id":"00u%07dEXAMPLE","status":"ACTIVE","created":"2020-01-01T08:00:00.000Z",\
                        "statusChanged":"2020-01-01T08:00:01.000Z","type":{"id":"oty1tinyEXAMPLE0697"},\
                        "profile":{"firstName":"S","lastName":"%d","login":"stranger-%05d@elsewhere.example",\
                        "email":"stranger-%05d@elsewhere.example"}}""", i, i, i, i))
                .collect(Collectors.joining(",\n", "[\n", "\n]\n"));
        Files.writeString(root.resolve("evidence/okta/users.json"), export);

        return VerifyResults.messages(
                new EvidenceVerifier()
                        .verify(new VerifyRequest(
                                root,
                                root.resolve("target"),
                                temp.resolve("out"),
                                Fixtures.AFTER_PERIOD,
                                Soc2Listener.NONE)),
                "identity-unknown");
    }
}
