package io.github.soc2kit.core.api;

import io.github.soc2kit.core.assess.ControlStatus;
import io.github.soc2kit.core.assess.Opinion;
import io.github.soc2kit.core.assess.VerifyReport;
import io.github.soc2kit.core.diag.LogEntry;
import io.github.soc2kit.core.diag.Report;
import io.github.soc2kit.core.diag.Severity;
import io.github.soc2kit.core.diag.Wording;
import io.github.soc2kit.core.report.JsonReport;
import io.github.soc2kit.core.report.MarkdownReport;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a verification. Hand it to {@link PolicyRenderer} (through {@link RenderRequest}) to render the
 * findings without verifying again.
 */
public final class VerifyResult {

    private final VerifyReport report;
    private final boolean validated;
    private final List<Path> files;
    private final List<LogEntry> console;
    private final Path internalSite;

    VerifyResult(VerifyReport report, boolean validated, List<Path> files, List<LogEntry> console, Path internalSite) {
        this.report = report;
        this.validated = validated;
        this.files = List.copyOf(files);
        this.console = List.copyOf(console);
        this.internalSite = internalSite;
    }

    /** Every finding: validation, practice rules, history and drift. */
    public Report findings() {
        return report.findings();
    }

    /** The projected opinion, for example "qualified risk". */
    public String opinion() {
        return report.assessment().opinion().label();
    }

    /** False when validation errors stopped the drift checks. */
    public boolean validated() {
        return validated;
    }

    /** The reports written. */
    public List<Path> files() {
        return files;
    }

    /**
     * What an adapter prints, in order: one entry per control not effective, every other finding, one "see" line per
     * rule, the projected opinion and the tally of the controls.
     */
    public List<LogEntry> console() {
        return console;
    }

    /**
     * "2 errors, 0 warnings in 2 files; projected opinion: qualified risk; details in target/soc2/verify.md and, once
     * rendered, the internal site target/soc2-site-internal/", paths shown from {@code base}.
     */
    public String summary(Path base) {
        return summary(base, internalSite);
    }

    /** The summary, for an internal site that is rendered to {@code internalSite}, not to the default folder. */
    public String summary(Path base, Path internalSite) {
        return findings().summary() + "; projected opinion: " + opinion() + "; details in "
                + Wording.shown(base, file(MarkdownReport.FILE_NAME)) + " and, once rendered, the internal site "
                + Wording.shown(base, internalSite) + "/";
    }

    /** The JSON report, {@code verify.json}: what {@code soc2kit verify --format json} prints. */
    public Path jsonReport() {
        return file(JsonReport.FILE_NAME);
    }

    private Path file(String name) {
        return files.stream()
                .filter(file -> file.getFileName().toString().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + name + " among the reports written"));
    }

    /**
     * Under {@code failOn=never}, what the default threshold would have done to the build, for example "failOn=never:
     * with failOn=deviation this build would fail: 2 controls in deviation, 5 errors"; null for any other threshold or
     * when the build would pass anyway.
     */
    public @Nullable String spared(FailOn threshold) {
        if (threshold != FailOn.NEVER || !fails(FailOn.DEVIATION)) {
            return null;
        }
        long deviating = report.controls().stream()
                .filter(c -> c.status() == ControlStatus.DEVIATION)
                .count();
        long errors = report.findings().count(Severity.ERROR);
        return "failOn=never: with failOn=deviation this build would fail: " + Wording.plural(deviating, "control")
                + " in deviation, " + Wording.plural(errors, "error");
    }

    /** Whether the result reaches the threshold at which the build fails. */
    public boolean fails(FailOn threshold) {
        if (report.findings().hasErrors() && !validated) {
            return true;
        }
        return switch (threshold) {
            case DEVIATION ->
                report.findings().hasErrors()
                        || report.controls().stream().anyMatch(c -> c.status() == ControlStatus.DEVIATION);
            case QUALIFIED -> report.assessment().opinion() != Opinion.UNQUALIFIED;
            case NEVER -> false;
        };
    }

    VerifyReport report() {
        return report;
    }
}
