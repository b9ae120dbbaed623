package io.github.soc2kit.core.assess;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.Report;
import io.github.soc2kit.core.diag.Wording;
import io.github.soc2kit.core.drift.DriftEngine;
import io.github.soc2kit.core.drift.ReadProgress;
import io.github.soc2kit.core.evidence.registry.EvidenceReaders;
import io.github.soc2kit.core.history.GitHistory;
import io.github.soc2kit.core.history.RepositoryHistory;
import io.github.soc2kit.core.history.Timelines;
import io.github.soc2kit.core.model.Soc2Config;
import io.github.soc2kit.core.rules.RuleContext;
import io.github.soc2kit.core.rules.Rules;
import io.github.soc2kit.core.rules.Validation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Verifies a validated repository against its evidence: validation errors stop it; otherwise the practice rules,
 * the git history and its rules, every control test, the judgement of each control and the projected opinion.
 */
public final class Verification {

    private Verification() {}

    /**
     * @param root the policy repository that {@code validation} read
     * @param asOf the day to judge as of; null for today in the company time zone. Either way no later than the
     *     period's end.
     * @param clock where today comes from, read once by the caller at its edge (the build's start)
     * @param progress receives one line per stage and the progress of reading long evidence, for the build log
     * @param ticker the time in nanoseconds for that progress, as {@link System#nanoTime()} gives it
     */
    public static VerifyReport run(
            Validation validation,
            Path root,
            @Nullable LocalDate asOf,
            Clock clock,
            Consumer<String> progress,
            LongSupplier ticker) {
        Soc2Config config = validation.repository().config();
        List<Finding> findings = new ArrayList<>(validation.report().findings());
        if (validation.report().hasErrors() || config == null) {
            return new VerifyReport(
                    config == null ? "" : config.organization(),
                    config == null ? "" : config.system(),
                    period(config, true),
                    period(config, false),
                    asOf == null || config == null
                            ? ""
                            : config.asOf(asOf, asOf).toString(),
                    new Report(findings),
                    List.of(),
                    new Assessment(
                            Opinion.NOT_ASSESSABLE, List.of("not assessed: the repository has validation errors")),
                    List.of());
        }
        LocalDate day = asOf(config, asOf, clock);
        RepositoryHistory history = new GitHistory().read(root, ZoneId.of(config.timezone()), config.periodStart());
        if (history.available()) {
            progress.accept("read " + Wording.plural(history.versions().size(), "version")
                    + " of policy and control files from git");
        }
        findings.addAll(history.findings());
        RuleContext rules = validation.context(history, day);
        findings.addAll(Rules.checkPractice(rules));
        findings.addAll(Rules.checkHistory(rules));
        DriftEngine.Result drift = new DriftEngine(
                        validation.conditions(), EvidenceReaders::forFormat, new ReadProgress(progress, ticker))
                .run(validation.repository(), root, Timelines.of(validation.repository(), history), day);
        Judge.Result judged = Judge.judge(validation.repository(), drift, day);
        findings.addAll(judged.findings());
        List<ControlResult> controls =
                judged.controls().stream().sorted(ControlResult.worstFirst()).toList();
        progress.accept("checked " + Wording.plural(controls.size(), "control") + " against "
                + Wording.plural(judged.sources().size(), "evidence source") + " as of " + day);
        Assessment assessment =
                Assessor.assess(controls, validation.repository(), validation.catalogue(), config.categories());
        return new VerifyReport(
                config.organization(),
                config.system(),
                period(config, true),
                period(config, false),
                day.toString(),
                new Report(findings),
                controls,
                assessment,
                judged.sources());
    }

    /**
     * The as-of date of a run on {@code config}: {@code requested}, else today on {@code clock} in the company time
     * zone (the only value soc2kit takes from a clock), never after the period's end.
     */
    public static LocalDate asOf(Soc2Config config, @Nullable LocalDate requested, Clock clock) {
        return config.asOf(requested, LocalDate.now(clock.withZone(ZoneId.of(config.timezone()))));
    }

    /** The period's first or last day as YYYY-MM-DD, or empty when soc2.yaml did not give it. */
    private static String period(@Nullable Soc2Config config, boolean start) {
        return config == null ? "" : Objects.toString(start ? config.periodStart() : config.periodEnd(), "");
    }
}
