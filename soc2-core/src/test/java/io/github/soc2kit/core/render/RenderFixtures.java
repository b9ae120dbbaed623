package io.github.soc2kit.core.render;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.Golden;
import io.github.soc2kit.core.api.PolicyRenderer;
import io.github.soc2kit.core.api.RenderRequest;
import io.github.soc2kit.core.api.RenderResult;
import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.api.VerifyResults;
import io.github.soc2kit.core.assess.Assessment;
import io.github.soc2kit.core.assess.ControlResult;
import io.github.soc2kit.core.assess.ControlResults;
import io.github.soc2kit.core.assess.ControlStatus;
import io.github.soc2kit.core.assess.Opinion;
import io.github.soc2kit.core.assess.VerifyReport;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.Report;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.drift.SourceProvenance;
import io.github.soc2kit.core.evidence.ReadContext.FileDigest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The render fixture repository (render/basic/input), a verify report for it, and reading a rendered site back. */
final class RenderFixtures {

    private RenderFixtures() {}

    /** A copy of render/basic/input with each overlay folder copied on top. */
    static Path repository(Path target, Path... overlays) {
        Fixtures.copyTree(Fixtures.resource("render/basic/input"), target);
        for (Path overlay : overlays) {
            Fixtures.copyTree(overlay, target);
        }
        return target;
    }

    static RenderResult render(Path repository, Path site, @Nullable VerifyReport report) {
        return render(repository, site, report, Fixtures.AFTER_PERIOD);
    }

    static RenderResult render(Path repository, Path site, @Nullable VerifyReport report, LocalDate asOf) {
        return new PolicyRenderer()
                .render(new RenderRequest(
                        repository,
                        repository.resolve("target"),
                        site,
                        internal(site),
                        report == null ? null : VerifyResults.of(report),
                        asOf,
                        Soc2Listener.NONE));
    }

    /** Where the internal site of {@code site} is written: beside it, as {@code <site>-internal}. */
    static Path internal(Path site) {
        return site.resolveSibling(site.getFileName() + "-internal");
    }

    /** What soc2:verify could have found in the fixture: CHG-01 in deviation, IAM-02 with an exception. */
    static VerifyReport report() {
        List<ControlResult> controls = List.of(
                ControlResults.finished(
                        "CHG-01",
                        "Changes are approved before merge",
                        "ben@tiny.example",
                        "high",
                        "population",
                        new SourcePosition("controls/CHG-01.yaml", 1, 1),
                        40,
                        3,
                        1,
                        0.02,
                        ControlStatus.DEVIATION,
                        List.of("17", "23", "31"),
                        List.of("12"),
                        "3 of 40 merged changes lacked 2 independent approvals"),
                ControlResults.finished(
                        "IAM-02",
                        "Access is reviewed every quarter",
                        "ana@tiny.example",
                        "moderate",
                        "periodic",
                        new SourcePosition("controls/IAM-02.yaml", 1, 1),
                        2,
                        0,
                        0,
                        0.05,
                        ControlStatus.EFFECTIVE,
                        List.of(),
                        List.of(),
                        "2 of 2 quarters had a review on time"),
                ControlResults.finished(
                        "GOV-01",
                        "Management reviews the security program every year",
                        "ana@tiny.example",
                        "moderate",
                        "manual",
                        new SourcePosition("controls/GOV-01.yaml", 1, 1),
                        0,
                        0,
                        0,
                        0.05,
                        ControlStatus.NOT_TESTED,
                        List.of(),
                        List.of(),
                        "tested by people, outside soc2kit"));
        Report findings = new Report(List.of(Finding.error(
                RuleId.POPULATION_DEVIATION,
                new SourcePosition("controls/CHG-01.yaml", 18, 12),
                "3 of 40 merged changes lacked 2 independent approvals (7.5 %, tolerable 2.0 %)",
                "document the changes as exceptions or fix the process")));
        return new VerifyReport(
                "Tiny Co",
                "Tiny Platform",
                "2026-01-01",
                "2026-06-30",
                "2026-06-30",
                findings,
                controls,
                new Assessment(
                        Opinion.QUALIFIED_RISK,
                        List.of("CHG-01: 7.5 % of 40 merged changes lacked 2 independent approvals")),
                List.of(new SourceProvenance(
                        "github-pulls",
                        "github-pulls",
                        List.of(new FileDigest("evidence/github/pulls.json", "ab".repeat(32), 1234)),
                        41,
                        "2026-01-02T10:00:00Z",
                        "2026-06-29T16:30:00Z",
                        0,
                        null,
                        7,
                        false,
                        null)));
    }

    /** Every file of a site by its path relative to the site, with '/'. */
    static Map<String, byte[]> read(Path site) {
        try {
            return Golden.read(site);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
