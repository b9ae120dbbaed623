package io.github.soc2kit.core.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.api.EvidenceVerifier;
import io.github.soc2kit.core.api.PolicyRenderer;
import io.github.soc2kit.core.api.RenderRequest;
import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.api.VerifyRequest;
import io.github.soc2kit.core.api.VerifyResult;
import io.github.soc2kit.core.api.VerifyResults;
import io.github.soc2kit.core.assess.ControlResult;
import io.github.soc2kit.core.diag.Wording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Okta export of strangers, in the shape Okta exports users, over fixture {@code rules/identity-unknown}: the
 * identities that name nobody of the roster, reported in one finding at the source, and a population test that they
 * all fail; both stay bounded in memory whatever the export's size.
 */
class OktaStrangersTest {

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

    @Test
    void a_population_test_past_its_list_counts_every_deviation_and_still_applies_every_exception() throws IOException {
        int users = PopulationCheck.MAX_LISTED + 5;
        Path root = repository(users);
        Files.writeString(root.resolve("controls/IAM-09.yaml"), """
                id: IAM-09
                title: Okta accounts are suspended
                policy: access-control
                owner: ben@tiny.example
                frequency: per_event
                risk: low
                criteria: [CC6.2]
                test:
                  kind: population
                  source: okta-users
                  require: record.status == 'SUSPENDED'
                """);
        Path exceptions = root.resolve("registers/exceptions.yaml");
        Files.writeString(exceptions, Files.readString(exceptions) + """
                  - id: EXC-2026-09
                    control: IAM-09
                    record: stranger-00000@elsewhere.example
                    reason: Read last, past the listed deviations
                    approved_by: ana@tiny.example
                    approved_on: 2026-03-02
                """);

        VerifyResult result = verify(root);

        ControlResult iam09 = VerifyResults.control(result, "IAM-09");
        assertThat(iam09.population()).isEqualTo(users);
        assertThat(iam09.exceptionKeys())
                .as("the exception names the last record read, past the first %,d", PopulationCheck.MAX_LISTED)
                .containsExactly("stranger-00000@elsewhere.example");
        assertThat(iam09.deviations()).isEqualTo(users - 1);
        assertThat(iam09.deviationKeys())
                .as("the first read, written in reverse")
                .hasSize(PopulationCheck.MAX_LISTED)
                .startsWith("stranger-00005@elsewhere.example")
                .endsWith(String.format(Locale.ROOT, "stranger-%05d@elsewhere.example", users - 1));
        assertThat(iam09.unlistedDeviations()).isEqualTo(4);
        assertThat(VerifyResults.messages(result, "population-deviation"))
                .singleElement(InstanceOfAssertFactories.STRING)
                .startsWith(String.format(
                        Locale.ROOT,
                        "IAM-09: %,d of %,d records (100.0 %%) deviate: okta accounts are suspended; 1 more covered by"
                                + " documented exceptions: stranger-00005@elsewhere.example,",
                        users - 1,
                        users))
                .contains(String.format(Locale.ROOT, "stranger-00014@elsewhere.example and %,d more (", users - 11));
        assertThat(Files.readString(temp.resolve("out/verify.json")))
                .as("the JSON report counts what it does not list")
                .contains("\"unlistedDeviations\": 4");
        assertThat(Files.readString(temp.resolve("out/TEST-soc2.xml")))
                .contains(String.format(Locale.ROOT, "deviations (%,d):", users - 1))
                .contains("and 4 more, counted but not listed");
        assertThat(Files.readString(temp.resolve("out/verify.md")))
                .contains(String.format(Locale.ROOT, "stranger-00014@elsewhere.example and %,d more", users - 11));
        new PolicyRenderer()
                .render(new RenderRequest(
                        root,
                        root.resolve("target"),
                        temp.resolve("site"),
                        temp.resolve("internal"),
                        result,
                        Fixtures.AFTER_PERIOD,
                        Soc2Listener.NONE));
        assertThat(Files.readString(temp.resolve("internal/remediation/IAM-09.html")))
                .contains("<p>and 4 more, counted but not listed</p>");
    }

    private static final String FIRST_TEN = IntStream.range(0, Wording.MAX_KEYS)
            .mapToObj(i -> String.format(Locale.ROOT, "stranger-%05d@elsewhere.example", i))
            .collect(Collectors.joining(", "));

    /** The identity-unknown messages of a verification whose Okta export holds {@code users} strangers, in reverse. */
    private List<String> unknownIdentities(int users) throws IOException {
        return VerifyResults.messages(verify(repository(users)), "identity-unknown");
    }

    private VerifyResult verify(Path root) {
        return new EvidenceVerifier()
                .verify(new VerifyRequest(
                        root, root.resolve("target"), temp.resolve("out"), Fixtures.AFTER_PERIOD, Soc2Listener.NONE));
    }

    /**
     * The fixture with an Okta export of {@code users} strangers, written in reverse order, each user as
     * {@code GET /api/v1/users} returns one (the fixture's own users have the same fields).
     */
    private Path repository(int users) throws IOException {
        Path root = Fixtures.repository(temp.resolve("repo"), Fixtures.resource("rules/identity-unknown"));
        String export = IntStream.range(0, users)
                .map(i -> users - 1 - i) // the first in order come last
                .mapToObj(i -> String.format(Locale.ROOT, """
                        {"id":"00u%07dEXAMPLE","status":"ACTIVE","created":"2026-03-01T08:00:00.000Z",\
                        "activated":"2026-03-01T08:00:01.000Z","statusChanged":"2026-03-01T08:00:01.000Z",\
                        "lastLogin":null,"lastUpdated":"2026-03-01T08:00:01.000Z","passwordChanged":null,\
                        "type":{"id":"oty1tinyEXAMPLE0697"},\
                        "profile":{"firstName":"S","lastName":"%d","mobilePhone":null,"secondEmail":null,\
                        "login":"stranger-%05d@elsewhere.example","email":"stranger-%05d@elsewhere.example"},\
                        "credentials":{"password":{},"emails":[{"value":"stranger-%05d@elsewhere.example",\
                        "status":"VERIFIED","type":"PRIMARY"}],"provider":{"type":"OKTA","name":"OKTA"}},\
                        "_links":{"self":\
                        {"href":"https://tiny.okta.com/api/v1/users/00u%07dEXAMPLE"}}}""", i, i, i, i, i, i))
                .collect(Collectors.joining(",\n", "[\n", "\n]\n"));
        Files.writeString(root.resolve("evidence/okta/users.json"), export);
        return root;
    }
}
