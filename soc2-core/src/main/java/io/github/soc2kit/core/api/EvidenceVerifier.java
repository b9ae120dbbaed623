package io.github.soc2kit.core.api;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.Report;
import io.github.soc2kit.core.drift.Assessment;
import io.github.soc2kit.core.drift.Assessor;
import io.github.soc2kit.core.drift.Conditions;
import io.github.soc2kit.core.drift.ControlResult;
import io.github.soc2kit.core.drift.DriftEngine;
import io.github.soc2kit.core.drift.Opinion;
import io.github.soc2kit.core.drift.VerifyReport;
import io.github.soc2kit.core.evidence.EvidenceReaders;
import io.github.soc2kit.core.history.GitHistory;
import io.github.soc2kit.core.history.RepositoryHistory;
import io.github.soc2kit.core.history.Timelines;
import io.github.soc2kit.core.model.Soc2Config;
import io.github.soc2kit.core.report.ConsoleReport;
import io.github.soc2kit.core.report.Reports;
import io.github.soc2kit.core.rules.Rules;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Verifies a policy repository against its evidence: validation first (its errors stop here), then the practice
 * rules and every control test, the result per control, the projected opinion, and the reports in the output
 * directory (JSON, SARIF, JUnit XML, Markdown).
 */
public final class EvidenceVerifier {

    private final PolicyValidator validator = new PolicyValidator();

    public VerifyResult verify(VerifyRequest request) {
        PolicyValidator.Validation validation = validator.load(request.repository(), request.listener());
        Soc2Config config = validation.repository().config();
        List<Finding> findings = new ArrayList<>(validation.report().findings());
        if (validation.report().hasErrors() || config == null) {
            return finish(request, false, new VerifyReport(config == null ? "" : config.organization(),
                    config == null ? "" : config.system(), period(config, true), period(config, false), new Report(findings),
                    List.of(), new Assessment(Opinion.UNQUALIFIED, List.of("not assessed: the repository has validation errors")),
                    List.of()));
        }
        findings.addAll(Rules.checkPractice(validation.repository(), validation.catalogue()));
        RepositoryHistory history = new GitHistory().read(request.repository(), ZoneId.of(config.timezone()),
                config.periodStart());
        if (history.available()) {
            request.listener().info("read " + history.versions().size() + " versions of policy and control files from git");
        }
        findings.addAll(history.findings());
        findings.addAll(Rules.checkHistory(validation.repository(), history));
        DriftEngine.Result drift = new DriftEngine(new Conditions(), EvidenceReaders::forFormat)
                .run(validation.repository(), request.repository(), Timelines.of(validation.repository(), history));
        findings.addAll(drift.findings());
        List<ControlResult> controls = drift.controls().stream().sorted(DriftEngine.worstFirst()).toList();
        request.listener().info("checked " + controls.size() + " controls against " + drift.sources().size()
                + " evidence sources");
        Assessment assessment = Assessor.assess(controls, validation.repository().controls(), validation.catalogue(),
                config.categories());
        return finish(request, true, new VerifyReport(config.organization(), config.system(), period(config, true),
                period(config, false), new Report(findings), controls, assessment, drift.sources()));
    }

    private static VerifyResult finish(VerifyRequest request, boolean validated, VerifyReport report) {
        return new VerifyResult(report, validated, Reports.writeAll(report, request.outputDirectory()), ConsoleReport.lines(report));
    }

    /** The period's first or last day as YYYY-MM-DD, or empty when soc2.yaml did not give it. */
    private static String period(@Nullable Soc2Config config, boolean start) {
        return config == null ? "" : Objects.toString(start ? config.periodStart() : config.periodEnd(), "");
    }
}
