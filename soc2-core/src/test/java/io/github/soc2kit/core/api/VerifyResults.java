package io.github.soc2kit.core.api;

import io.github.soc2kit.core.assess.VerifyReport;
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
}
