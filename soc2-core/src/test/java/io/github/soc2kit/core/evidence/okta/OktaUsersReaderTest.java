package io.github.soc2kit.core.evidence.okta;

import static io.github.soc2kit.core.evidence.TestSources.FIXTURES;
import static io.github.soc2kit.core.evidence.TestSources.failure;
import static io.github.soc2kit.core.evidence.TestSources.read;
import static io.github.soc2kit.core.evidence.TestSources.source;
import static io.github.soc2kit.core.evidence.TestSources.withJoin;
import static io.github.soc2kit.core.evidence.TestSources.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.model.EvidenceSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OktaUsersReaderTest {

    private static final EvidenceSource USERS = source("okta-users", "okta-users", "evidence/okta-users/users.json");

    @TempDir
    Path repo;

    @Test
    void keys_users_by_login_with_status_change_and_lower_cased_email() {
        List<EvidenceRecord> records = read(FIXTURES, USERS);

        assertThat(records)
                .extracting(
                        r -> r.key(), r -> r.timestamp(), r -> r.identity(), r -> r.get("email"), r -> r.get("status"))
                .containsExactly(
                        tuple(
                                "priya.raman@acme.example",
                                "2024-01-09T09:01:44.000Z",
                                "priya.raman@acme.example",
                                "priya.raman@acme.example",
                                "ACTIVE"),
                        tuple(
                                "jordan.ruiz@acme.example",
                                "2025-03-03T17:30:00.000Z",
                                "jordan.ruiz@acme.example",
                                "jordan.ruiz@acme.example",
                                "DEPROVISIONED"),
                        tuple(
                                "sam.okafor@acme.example",
                                null,
                                "sam.okafor@acme.example",
                                "sam.okafor@acme.example",
                                "PROVISIONED"));
        assertThat(records.get(0).get("profile.email")).isEqualTo("Priya.Raman@acme.example");
        assertThat(records.get(1).at()).isEqualTo(new SourcePosition("evidence/okta-users/users.json", 29, 3));
    }

    @Test
    void counts_only_active_factors_from_a_file_per_user() {
        EvidenceSource factors = source("okta-factors", "okta-factors", "evidence/okta-factors/per-user/*.json");

        List<EvidenceRecord> records = read(FIXTURES, withJoin(USERS, "okta-factors"), factors);

        assertThat(records)
                .extracting(r -> r.key(), r -> r.get("active_factors"), r -> r.get("factor_types"))
                .containsExactly(
                        tuple(
                                "priya.raman@acme.example",
                                2L,
                                List.of("push", "webauthn")), // a DISABLED sms factor is left out
                        tuple("jordan.ruiz@acme.example", 1L, List.of("sms")), // a PENDING_ACTIVATION totp is left out
                        tuple("sam.okafor@acme.example", 0L, List.of())); // no factor file
    }

    @Test
    void counts_only_active_factors_from_one_file_keyed_by_user_id() {
        EvidenceSource factors = source("okta-factors", "okta-factors", "evidence/okta-factors/by-user/factors.json");

        List<EvidenceRecord> records = read(FIXTURES, withJoin(USERS, "okta-factors"), factors);

        assertThat(records)
                .extracting(r -> r.key(), r -> r.get("active_factors"), r -> r.get("factor_types"))
                .containsExactly(
                        tuple("priya.raman@acme.example", 2L, List.of("push", "webauthn")),
                        tuple("jordan.ruiz@acme.example", 0L, List.of()),
                        tuple("sam.okafor@acme.example", 0L, List.of()));
    }

    @Test
    void counts_a_factor_listed_twice_once() {
        write(repo, "evidence/users.json", """
                [
                  {
                    "id": "00u9ab12cdEXAMPLE697",
                    "status": "ACTIVE",
                    "statusChanged": "2024-01-09T09:01:44.000Z",
                    "profile": { "login": "priya.raman@acme.example", "email": "priya.raman@acme.example" }
                  }
                ]
                """);
        write(repo, "evidence/factors/00u9ab12cdEXAMPLE697.json", """
                [
                  { "id": "opf1a2b3cEXAMPLE001", "factorType": "push", "provider": "OKTA", "vendorName": "OKTA",
                    "status": "ACTIVE", "created": "2024-01-09T09:05:00.000Z", "lastUpdated": "2024-01-09T09:05:00.000Z" },
                  { "id": "opf1a2b3cEXAMPLE001", "factorType": "push", "provider": "OKTA", "vendorName": "OKTA",
                    "status": "ACTIVE", "created": "2024-01-09T09:05:00.000Z", "lastUpdated": "2024-01-09T09:05:00.000Z" }
                ]
                """);
        EvidenceSource factors = source("okta-factors", "okta-factors", "evidence/factors/*.json");

        EvidenceRecord user = read(
                        repo,
                        withJoin(source("okta-users", "okta-users", "evidence/users.json"), "okta-factors"),
                        factors)
                .get(0);

        assertThat(user.get("active_factors")).isEqualTo(1L);
    }

    @Test
    void rejects_a_user_without_status_at_its_position() {
        write(repo, "evidence/users.json", """
                [
                  {
                    "id": "00u1stagedEXAMPLE",
                    "created": "2025-03-01T09:00:00.000Z",
                    "activated": null,
                    "statusChanged": null,
                    "lastLogin": null,
                    "lastUpdated": "2025-03-01T09:00:00.000Z",
                    "passwordChanged": null,
                    "type": { "id": "oty1abcdEXAMPLE697" },
                    "profile": { "login": "sam.okafor@acme.example", "email": "sam.okafor@acme.example" }
                  }
                ]
                """);

        assertThat(failure(repo, source("okta", "okta-users", "evidence/users.json")))
                .isEqualTo("""
                evidence/users.json:2:3: record 1 of 'evidence/users.json' has no field 'status'
                hint: the record has the fields 'id', 'created', 'activated', 'statusChanged', 'lastLogin', \
                'lastUpdated', 'passwordChanged', 'type', 'profile'; the format 'okta-users' always has it: check \
                that the file is such an export, and export it again""");
    }
}
