package io.github.soc2kit.core.evidence.pagerduty;

import static io.github.soc2kit.core.evidence.TestSources.FIXTURES;
import static io.github.soc2kit.core.evidence.TestSources.failure;
import static io.github.soc2kit.core.evidence.TestSources.read;
import static io.github.soc2kit.core.evidence.TestSources.source;
import static io.github.soc2kit.core.evidence.TestSources.withRecords;
import static io.github.soc2kit.core.evidence.TestSources.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PagerdutyIncidentsReaderTest {

    @TempDir
    Path repo;

    @Test
    void reads_the_incidents_of_a_list_response_keyed_by_incident_number() {
        List<EvidenceRecord> records = read(
                FIXTURES,
                source("pagerduty-incidents", "pagerduty-incidents", "evidence/pagerduty-incidents/incidents.json"));

        assertThat(records)
                .extracting(
                        r -> r.key(),
                        r -> r.timestamp(),
                        r -> r.identity(),
                        r -> r.get("urgency"),
                        r -> r.get("priority.summary"),
                        r -> r.get("service.summary"),
                        r -> r.at())
                .containsExactly(
                        tuple(
                                "4312",
                                "2025-02-18T03:12:40Z",
                                null,
                                "high",
                                "P1",
                                "payments-api",
                                new SourcePosition("evidence/pagerduty-incidents/incidents.json", 3, 5)),
                        tuple(
                                "4313",
                                "2025-02-19T11:40:02Z",
                                null,
                                "low",
                                null,
                                "reporting-db",
                                new SourcePosition("evidence/pagerduty-incidents/incidents.json", 32, 5)));
        assertThat(records.get(0).get("alert_counts.all")).isEqualTo(3L);
    }

    @Test
    void an_incident_links_to_its_page_only_when_its_html_url_is_an_https_url() {
        List<EvidenceRecord> records = read(
                FIXTURES,
                source("pagerduty-incidents", "pagerduty-incidents", "evidence/pagerduty-incidents/incidents.json"));
        EvidenceRecord incident = records.get(0);

        assertThat(incident.link()).isEqualTo("https://acme.pagerduty.com/incidents/Q2EXAMPLE7K1");
        assertThat(new EvidenceRecord("1", null, null, Map.of("html_url", "javascript:alert(1)"), incident.at()).link())
                .isNull();
        assertThat(new EvidenceRecord("1", null, null, Map.of("html_url", "https://a b/"), incident.at()).link())
                .isNull();
    }

    @Test
    void reads_a_bare_array_of_incidents() {
        write(repo, "evidence/incidents.json", """
                [{"id": "Q9EXAMPLE001", "type": "incident", "incident_number": 4400, "status": "resolved",
                  "created_at": "2025-03-01T00:00:00Z", "urgency": "low"}]
                """);

        List<EvidenceRecord> records = read(repo, source("pd", "pagerduty-incidents", "evidence/incidents.json"));

        assertThat(records).extracting(EvidenceRecord::key).containsExactly("4400");
    }

    @Test
    void rejects_a_response_without_incidents() {
        write(repo, "evidence/incidents.json", "{\"services\": [], \"limit\": 100, \"offset\": 0, \"more\": false}");

        assertThat(failure(repo, source("pd", "pagerduty-incidents", "evidence/incidents.json")))
                .isEqualTo("""
                evidence/incidents.json:1:1: no array of records at '/incidents': the document has no field 'incidents'
                hint: it has the fields 'services', 'limit', 'offset', 'more'; set 'records' of source 'pd' in \
                evidence/sources.yaml to the JSON pointer of the array of records, for example '/items'""");
    }

    @Test
    void rejects_a_records_pointer_that_leads_to_a_number() {
        write(repo, "evidence/incidents.json", "{\"incidents\": [], \"limit\": 100}");

        assertThat(failure(repo, withRecords(source("pd", "pagerduty-incidents", "evidence/incidents.json"), "/limit")))
                .isEqualTo("""
                        evidence/incidents.json:1:28: '/limit' is a number, not an array of records
                        hint: fix 'records' of source 'pd' in evidence/sources.yaml""");
    }

    @Test
    void rejects_an_incident_without_status_at_its_position() {
        write(repo, "evidence/incidents.json", """
                {"incidents": [
                  {"id": "Q9EXAMPLE001", "type": "incident", "incident_number": 4400,
                   "created_at": "2025-03-01T00:00:00Z", "urgency": "low"}
                ], "limit": 100, "offset": 0, "more": false}
                """);

        assertThat(failure(repo, source("pd", "pagerduty-incidents", "evidence/incidents.json")))
                .isEqualTo("""
                evidence/incidents.json:2:3: record 1 of 'evidence/incidents.json' has no field 'status'
                hint: the record has the fields 'id', 'type', 'incident_number', 'created_at', 'urgency'; the format \
                'pagerduty-incidents' always has it: check that the file is such an export, and export it again""");
    }
}
