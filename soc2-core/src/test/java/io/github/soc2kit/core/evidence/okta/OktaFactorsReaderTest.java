package io.github.soc2kit.core.evidence.okta;

import static io.github.soc2kit.core.evidence.TestSources.FIXTURES;
import static io.github.soc2kit.core.evidence.TestSources.failure;
import static io.github.soc2kit.core.evidence.TestSources.read;
import static io.github.soc2kit.core.evidence.TestSources.source;
import static io.github.soc2kit.core.evidence.TestSources.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OktaFactorsReaderTest {

    @TempDir
    Path repo;

    @Test
    void reads_every_factor_of_files_named_by_user_id() {
        List<EvidenceRecord> records =
                read(FIXTURES, source("okta-factors", "okta-factors", "evidence/okta-factors/per-user/*.json"));

        assertThat(records)
                .extracting(r -> r.key(), r -> r.timestamp(), r -> r.get("user_id"), r -> r.get("status"))
                .containsExactly(
                        tuple(
                                "ostf5k6l7EXAMPLE004",
                                "2025-02-20T10:00:00.000Z",
                                "00u7jr55xyEXAMPLE231",
                                "PENDING_ACTIVATION"),
                        tuple("sms8m9n0pEXAMPLE005", "2024-06-03T09:10:00.000Z", "00u7jr55xyEXAMPLE231", "ACTIVE"),
                        tuple("opf1a2b3cEXAMPLE001", "2024-01-09T09:05:00.000Z", "00u9ab12cdEXAMPLE697", "ACTIVE"),
                        tuple("fwf4d5e6fEXAMPLE002", "2024-03-01T11:00:00.000Z", "00u9ab12cdEXAMPLE697", "ACTIVE"),
                        tuple("sms2g3h4iEXAMPLE003", "2024-01-08T16:30:00.000Z", "00u9ab12cdEXAMPLE697", "DISABLED"));
    }

    @Test
    void reads_every_factor_of_one_object_keyed_by_user_id() {
        List<EvidenceRecord> records =
                read(FIXTURES, source("okta-factors", "okta-factors", "evidence/okta-factors/by-user/factors.json"));

        assertThat(records)
                .extracting(r -> r.key(), r -> r.get("user_id"), r -> r.at())
                .containsExactly(
                        tuple("opf1a2b3cEXAMPLE001", "00u9ab12cdEXAMPLE697", at(3)),
                        tuple("fwf4d5e6fEXAMPLE002", "00u9ab12cdEXAMPLE697", at(6)),
                        tuple("ostf5k6l7EXAMPLE004", "00u7jr55xyEXAMPLE231", at(11)));
    }

    @Test
    void rejects_a_user_whose_factors_are_not_an_array() {
        write(repo, "evidence/factors.json", "{\"00u1EXAMPLE\": {\"id\": \"opf1\"}}");

        assertThat(failure(repo, source("okta-factors", "okta-factors", "evidence/factors.json")))
                .isEqualTo("""
                evidence/factors.json:1:17: the factors of user '00u1EXAMPLE' are an object, not an array
                hint: save each user's factors as '<user id>.json', or all of them in one object keyed by user id""");
    }

    @Test
    void rejects_a_user_given_twice_in_the_object_keyed_by_user_id() {
        write(repo, "evidence/factors.json", """
                {"00u1EXAMPLE": [], "00u1EXAMPLE": []}""");

        assertThat(failure(repo, source("okta-factors", "okta-factors", "evidence/factors.json")))
                .isEqualTo("""
                evidence/factors.json:1:21: field '00u1EXAMPLE' appears twice before the first record
                hint: remove one of the two, or export the file again""");
    }

    private static SourcePosition at(int line) {
        return new SourcePosition("evidence/okta-factors/by-user/factors.json", line, 5);
    }

    @Test
    void rejects_a_factor_without_status_at_its_position() {
        write(repo, "evidence/factors/00u9ab12cdEXAMPLE697.json", """
                [
                  { "id": "opf1a2b3cEXAMPLE001", "factorType": "push", "provider": "OKTA", "vendorName": "OKTA",
                    "created": "2024-01-09T09:05:00.000Z", "lastUpdated": "2024-01-09T09:05:00.000Z" }
                ]
                """);

        assertThat(failure(repo, source("okta-factors", "okta-factors", "evidence/factors/*.json")))
                .isEqualTo("""
                evidence/factors/00u9ab12cdEXAMPLE697.json:2:3: record 1 of \
                'evidence/factors/00u9ab12cdEXAMPLE697.json' has no field 'status'
                hint: the record has the fields 'id', 'factorType', 'provider', 'vendorName', 'created', \
                'lastUpdated'; the format 'okta-factors' always has it: check that the file is such an export, and \
                export it again""");
    }
}
