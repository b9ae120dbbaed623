package io.github.soc2kit.core.evidence.hris;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.api.EvidenceVerifier;
import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.api.VerifyRequest;
import io.github.soc2kit.core.api.VerifyResults;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.model.Person;
import io.github.soc2kit.core.rules.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The roster from the HRIS export (a BambooHR web-UI report) and an identity map, with people.yaml adding only
 * overrides: the base repository with {@code roster/hris} laid over it. Ben, who owns two controls, left on
 * 2026-03-31 according to the HRIS, while people.yaml says nothing about it.
 */
class HrisRosterTest {

    @TempDir
    Path temp;

    @Test
    void builds_the_roster_from_the_hris_export_and_the_identity_map_with_people_yaml_as_overrides() {
        Path root = Fixtures.repository(temp.resolve("repo"), Fixtures.resource("roster/hris"));

        Validation validation = Validation.of(root);

        assertThat(validation.repository().people())
                .extracting(Person::email, Person::name, Person::title, Person::start, Person::end, Person::accounts)
                .containsExactly(
                        tuple(
                                "ana@tiny.example",
                                "Ana Lind",
                                "Chief Executive Officer",
                                LocalDate.parse("2020-01-01"),
                                null,
                                Map.of("github", "alind", "okta", "ana@tiny.example")),
                        tuple(
                                "ben@tiny.example",
                                "Ben Okafor",
                                "CTO",
                                LocalDate.parse("2020-02-01"),
                                LocalDate.parse("2026-03-31"),
                                Map.of("github", "benok", "aws", "ben.okafor", "okta", "ben@tiny.example")),
                        tuple(
                                "zoe@tiny.example",
                                "Zoë Błaszczykowska",
                                "Site Reliability Engineer",
                                LocalDate.parse("2026-02-02"),
                                null,
                                Map.of("github", "zblasz", "aws", "zoe.b", "okta", "zoe@tiny.example")));
        assertThat(validation.report().findings())
                .extracting(Finding::format)
                .containsExactly("people.yaml:3:15: warning: the identity map names 1 person who is not in the roster:"
                        + " carl@tiny.example [identity-unknown]");
    }

    @Test
    void a_departure_in_the_hris_is_a_departure_of_the_owner_though_people_yaml_never_says_so() {
        Path root = Fixtures.repository(temp.resolve("repo"), Fixtures.resource("roster/hris"));

        List<String> findings = VerifyResults.messages(
                new EvidenceVerifier()
                        .verify(new VerifyRequest(
                                root,
                                root.resolve("target"),
                                temp.resolve("out"),
                                Fixtures.AFTER_PERIOD,
                                Soc2Listener.NONE)),
                "owner-inactive");

        assertThat(findings)
                .containsExactly(
                        "owner 'ben@tiny.example' of control 'CHG-01' left on 2026-03-31, during the observation period",
                        "owner 'ben@tiny.example' of control 'IAM-01' left on 2026-03-31, during the observation period");
    }

    @Test
    void without_the_hris_export_the_roster_is_incomplete_and_says_why_once() throws IOException {
        Path root = Fixtures.repository(temp.resolve("repo"), Fixtures.resource("roster/hris"));
        Files.delete(root.resolve("evidence/hris.csv"));

        assertThat(Validation.of(root).report().findings())
                .extracting(Finding::format)
                .containsExactly("evidence/sources.yaml:7:11: error: the roster is read from source 'hris', which has"
                        + " no file matching 'evidence/hris.csv' [evidence-missing]");
    }

    @Test
    void an_employee_without_a_work_email_is_a_located_error_not_a_crash() throws IOException {
        Path root = Fixtures.repository(temp.resolve("repo"), Fixtures.resource("roster/hris"));
        Path hris = root.resolve("evidence/hris.csv");
        Files.writeString(hris, Files.readString(hris).replace("zoe@tiny.example", ""));

        assertThat(Validation.of(root).report().findings())
                .extracting(Finding::format)
                .containsExactly("evidence/hris.csv:4:1: error: the employee on this row of the roster's HRIS export"
                        + " has no work email [evidence-invalid]");
    }
}
