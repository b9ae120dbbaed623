package io.github.soc2kit.core.api;

import io.github.soc2kit.core.assess.ControlResult;
import io.github.soc2kit.core.assess.VerifyReport;
import io.github.soc2kit.core.diag.Finding;
import java.nio.file.Path;
import java.util.List;

/** For tests outside this package: a verify result around a report, and the report inside a result. */
public final class VerifyResults {

    private VerifyResults() {}

    public static VerifyResult of(VerifyReport report) {
        return new VerifyResult(report, true, List.of(), List.of(), Path.of("target", PolicyRenderer.INTERNAL_SITE));
    }

    public static VerifyReport report(VerifyResult result) {
        return result.report();
    }

    /** The result of control {@code id}. */
    public static ControlResult control(VerifyResult result, String id) {
        return result.report().controls().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** The messages of the findings of {@code rule}, in the result's order. */
    public static List<String> messages(VerifyResult result, String rule) {
        return result.findings().findings().stream()
                .filter(f -> f.ruleId().equals(rule))
                .map(Finding::message)
                .toList();
    }
}
