package io.github.soc2kit.core.api;

import io.github.soc2kit.core.assess.Verification;
import io.github.soc2kit.core.assess.VerifyReport;
import io.github.soc2kit.core.diag.Wording;
import io.github.soc2kit.core.history.WorkTree;
import io.github.soc2kit.core.report.ConsoleReport;
import io.github.soc2kit.core.report.MarkdownReport;
import io.github.soc2kit.core.report.ReportOrigin;
import io.github.soc2kit.core.report.Reports;
import io.github.soc2kit.core.rules.Validation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.LongSupplier;

/**
 * Verifies a policy repository against its evidence: validation first (its errors stop here), then the practice
 * rules and every control test, the result per control, the projected opinion, and the reports in the output
 * directory (JSON, SARIF, JUnit XML, Markdown).
 */
public final class EvidenceVerifier {

    private final Clock clock;
    private final LongSupplier ticker;

    /** A verifier whose default as-of date is today on the system clock. */
    public EvidenceVerifier() {
        this(Clock.systemUTC());
    }

    /** @param clock where the default as-of date comes from: the caller reads it once, at its edge */
    public EvidenceVerifier(Clock clock) {
        this(clock, System::nanoTime);
    }

    /**
     * @param clock where the default as-of date comes from: the caller reads it once, at its edge
     * @param ticker the time in nanoseconds, as {@link System#nanoTime()} gives it, for the progress of reading long
     *     evidence that the request's listener receives
     */
    public EvidenceVerifier(Clock clock, LongSupplier ticker) {
        this.clock = clock;
        this.ticker = ticker;
    }

    public VerifyResult verify(VerifyRequest request) {
        Path reports =
                new OutputFolders(request.repository(), request.buildDirectory()).reports(request.outputDirectory());
        Validation validation = PolicyValidator.read(request.repository(), request.listener());
        return verify(
                validation,
                new VerifyRequest(
                        request.repository(), request.buildDirectory(), reports, request.asOf(), request.listener()),
                clock,
                ticker);
    }

    /** Verifies what {@code validation} read and writes the reports, to a reports folder already checked. */
    static VerifyResult verify(Validation validation, VerifyRequest request, Clock clock, LongSupplier ticker) {
        VerifyReport report = Verification.run(
                validation, request.repository(), request.asOf(), clock, request.listener()::info, ticker);
        boolean validated =
                !validation.report().hasErrors() && validation.repository().config() != null;
        String details =
                Wording.shown(request.repository(), request.outputDirectory().resolve(MarkdownReport.FILE_NAME));
        ReportOrigin origin = new ReportOrigin(
                Version.current(), WorkTree.prefix(request.repository()).orElse(null));
        return new VerifyResult(
                report,
                validated,
                Reports.writeAll(report, origin, request.outputDirectory()),
                ConsoleReport.log(report, details),
                request.buildDirectory().resolve(PolicyRenderer.INTERNAL_SITE));
    }
}
