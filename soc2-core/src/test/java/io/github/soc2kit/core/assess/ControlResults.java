package io.github.soc2kit.core.assess;

import io.github.soc2kit.core.diag.SourcePosition;
import java.util.List;
import java.util.Map;

/** Control results for report and render tests: nothing still open, the population final. */
public final class ControlResults {

    private ControlResults() {}

    /** @param links the web pages of some of its records, by key */
    @SafeVarargs
    public static ControlResult finished(
            String id,
            String title,
            String owner,
            String risk,
            String kind,
            SourcePosition at,
            long population,
            long deviations,
            long exceptions,
            double tolerableRate,
            ControlStatus status,
            List<String> deviationKeys,
            List<String> exceptionKeys,
            String summary,
            Map.Entry<String, String>... links) {
        return new ControlResult(
                id,
                title,
                owner,
                risk,
                kind,
                at,
                population,
                deviations,
                exceptions,
                tolerableRate,
                status,
                deviationKeys,
                exceptionKeys,
                summary,
                0,
                population,
                List.of(),
                Map.ofEntries(links),
                0);
    }
}
