package io.github.soc2kit.core.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.EvidenceReader;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.load.RepositoryLoader;
import io.github.soc2kit.core.model.PolicyRepository;
import io.github.soc2kit.core.schema.SchemaValidator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A timeliness limit taken from a policy parameter applies as it was on the day of each trigger. */
class TemporalTimelinessTest {

    @TempDir
    Path temp;

    private final Map<String, List<EvidenceRecord>> evidence = new HashMap<>();

    private void add(String source, String key, Object... fieldsAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            fields.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        List<EvidenceRecord> records = evidence.computeIfAbsent(source, s -> new ArrayList<>());
        records.add(new EvidenceRecord(key, null, null, fields, new SourcePosition("evidence/" + source, records.size() + 1, 1)));
    }

    @Test
    void revocation_limit_in_force_on_the_termination_day_applies() {
        Path root = Fixtures.repository(temp.resolve("repo"), Fixtures.resource("drift/basic"));
        PolicyRepository repo = new RepositoryLoader(new SchemaValidator()).load(root).repository();
        add("hris", "a", "workEmail", "a@tiny.example", "terminationDate", "2026-02-10");
        add("hris", "b", "workEmail", "b@tiny.example", "terminationDate", "2026-03-02");
        add("okta-users", "a", "status", "DEPROVISIONED", "statusChanged", "2026-02-13T08:00:00.000Z", "profile", Map.of("email", "a@tiny.example"));
        add("okta-users", "b", "status", "DEPROVISIONED", "statusChanged", "2026-03-05T08:00:00.000Z", "profile", Map.of("email", "b@tiny.example"));
        ParameterTimeline revocation = new ParameterTimeline(List.of(
                new ParameterTimeline.Entry(LocalDate.MIN, Map.of("revocation_days", 5L)),
                new ParameterTimeline.Entry(LocalDate.parse("2026-03-01"), Map.of("revocation_days", 1L))));
        EvidenceReader fake = (source, context, sink) -> evidence.getOrDefault(source.id(), List.of()).forEach(sink);

        DriftEngine.Result result = new DriftEngine(new Conditions(), format -> fake)
                .run(repo, root, Map.of("access-control", revocation));

        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("timeliness-deviation")).extracting(Finding::format)
                .containsExactly("controls/IAM-01.yaml:8:1: error: IAM-01: 1 of 2 triggers (50.0 %) deviate: leavers lose"
                        + " access in time: b@tiny.example (3 days after 2026-03-02 (limit 1)) [timeliness-deviation]");
    }
}
