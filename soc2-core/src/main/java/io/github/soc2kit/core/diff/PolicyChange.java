package io.github.soc2kit.core.diff;

import io.github.soc2kit.core.assess.ControlResult;
import io.github.soc2kit.core.assess.Judge;
import io.github.soc2kit.core.assess.Verification;
import io.github.soc2kit.core.drift.DriftEngine;
import io.github.soc2kit.core.evidence.registry.EvidenceReaders;
import io.github.soc2kit.core.expr.Conditions;
import io.github.soc2kit.core.history.Base;
import io.github.soc2kit.core.history.ParameterTimeline;
import io.github.soc2kit.core.history.Timelines;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.ControlTest;
import io.github.soc2kit.core.model.DayLimit;
import io.github.soc2kit.core.model.Policy;
import io.github.soc2kit.core.model.PolicyRepository;
import io.github.soc2kit.core.rules.Validation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a change does: the semantic changes between the base's policies and controls and the working tree's
 * (loosening, weakened tests, missing version bumps, criteria losing their last control), and a drift preview
 * that checks the current evidence under the base's parameters and control tests and under the changed ones.
 */
public final class PolicyChange {

    private PolicyChange() {}

    /**
     * Compares the validated working tree at {@code repository} with {@code base}; the drift preview runs as of
     * {@code asOf} (null for today on {@code clock}, capped at the period's end).
     */
    public static SemanticDiff.Summary of(
            Validation validation, Path repository, Base base, @Nullable LocalDate asOf, Clock clock) {
        PolicyRepository repo = validation.repository();
        Conditions conditions = validation.conditions();
        List<SemanticDiff.Change> changes = SemanticDiff.compare(base, repo.policies(), repo.controls());
        boolean parameters = changes.stream().anyMatch(c -> c.kind().equals(SemanticDiff.PARAMETER_CHANGED));
        List<String> notes = new ArrayList<>();
        Map<String, String> skipped = new TreeMap<>();
        Map<String, Control> baseControls =
                base.controls().stream().collect(Collectors.toMap(Control::id, Function.identity(), (a, b) -> a));
        Set<String> retested = new HashSet<>();
        for (Control control : repo.controls().stream()
                .sorted(Comparator.comparing(Control::id))
                .toList()) {
            Control old = baseControls.get(control.id());
            if (old == null
                    || !tested(control)
                    || !tested(old)
                    || logic(control).equals(logic(old))) {
                continue;
            }
            Policy policy = repo.policy(old.policy());
            DayLimit.Parameter limit = old.test().dayLimitParameters().values().stream()
                    .filter(p -> policy == null || !(policy.parameters().get(p.name()) instanceof Long))
                    .findFirst()
                    .orElse(null);
            if (limit != null) {
                // the old run takes its parameters from today's policies, overlaid with the base's values
                skipped.put(
                        control.id(),
                        "drift preview of " + control.id() + " skipped: its test at the base limits days by '" + limit
                                + "', which policy '" + old.policy() + "' no longer defines as a number of days");
            } else if (base.checkable().contains(control.id())
                    && old.test().conditions().stream()
                            .allMatch(e -> conditions.compile(e.value()).error() == null)) {
                retested.add(control.id());
            } else {
                skipped.put(
                        control.id(),
                        "drift preview of " + control.id() + " skipped: its test at the base does not"
                                + " match the control schema or has a condition that does not compile, so the checks cannot run it");
            }
        }
        List<SemanticDiff.Preview> previews = List.of();
        String day = "";
        boolean previewable = !validation.report().hasErrors() && repo.config() != null;
        if (!previewable && (parameters || !retested.isEmpty() || !skipped.isEmpty())) {
            notes.add("drift preview skipped: the working tree has validation errors");
        } else if (previewable) {
            if (parameters || !retested.isEmpty()) {
                LocalDate judged = Verification.asOf(repo.config(), asOf, clock);
                previews =
                        preview(conditions, repository, repo, base, baseControls, retested, skipped.keySet(), judged);
                day = judged.toString();
            }
            notes.addAll(skipped.values());
        }
        return new SemanticDiff.Summary(base.ref(), base.commit(), changes, previews, notes, day);
    }

    /** Whether the control has a test soc2kit would run: neither manual nor without a kind (an unknown kind counts). */
    private static boolean tested(Control control) {
        return !(control.test() instanceof ControlTest.Manual)
                && !control.test().kind().isEmpty();
    }

    /** What its tests check: their kinds and settings but their descriptions, a missing grace as its default. */
    private static Map<String, String> logic(Control control) {
        Map<String, String> logic = new HashMap<>();
        for (int i = 0; i < control.tests().size(); i++) {
            ControlTest test = control.tests().get(i);
            Map<String, String> settings = new HashMap<>(test.settings());
            settings.remove("description");
            settings.put("kind", test.kind());
            if (test instanceof ControlTest.Periodic) {
                settings.putIfAbsent("grace_days", "0");
            }
            String prefix = i + "/";
            settings.forEach((key, value) -> logic.put(prefix + key, value));
        }
        return logic;
    }

    /**
     * Runs the checks twice on the current evidence: with the base's parameters and the base's version of each
     * control whose test changed, then with this change's. A row for each control whose test changed or whose test
     * reads a parameter that differs between the two runs, labelled with the values each run used.
     */
    private static List<SemanticDiff.Preview> preview(
            Conditions conditions,
            Path repository,
            PolicyRepository repo,
            Base base,
            Map<String, Control> baseControls,
            Set<String> retested,
            Set<String> skipped,
            LocalDate asOf) {
        Map<String, Policy> before =
                base.policies().stream().collect(Collectors.toMap(Policy::id, Function.identity(), (a, b) -> a));
        Map<String, Map<String, Object>> oldParameters = new HashMap<>();
        Map<String, Map<String, Object>> newParameters = new HashMap<>();
        for (Policy policy : repo.policies()) {
            Policy old = before.getOrDefault(policy.id(), policy);
            // the base's values, as the types of the validated current ones; a parameter it lacks keeps today's value
            oldParameters.put(
                    policy.id(), Timelines.overlay(policy.parameters(), old.parameters(), policy.parameters()));
            newParameters.put(policy.id(), policy.parameters());
        }
        DriftEngine engine = new DriftEngine(conditions, EvidenceReaders::forFormat);
        PolicyRepository oldRepo = repo.withControls(repo.controls().stream()
                .filter(c -> baseControls.containsKey(c.id())) // a control added by the change has no old result
                .map(c -> retested.contains(c.id()) ? baseControls.get(c.id()) : c)
                .toList());
        Map<String, ControlResult> oldResults =
                byId(Judge.judge(oldRepo, engine.run(oldRepo, repository, timelines(oldParameters), asOf), asOf)
                        .controls());
        Map<String, ControlResult> newResults =
                byId(Judge.judge(repo, engine.run(repo, repository, timelines(newParameters), asOf), asOf)
                        .controls());
        List<SemanticDiff.Preview> previews = new ArrayList<>();
        for (Control control : repo.controls().stream()
                .sorted(Comparator.comparing(Control::id))
                .toList()) {
            ControlResult old = oldResults.get(control.id());
            ControlResult now = newResults.get(control.id());
            if (old == null
                    || now == null
                    || skipped.contains(control.id())
                    || old.population() == 0
                            && now.population() == 0
                            && old.summary().equals(now.summary())) {
                continue;
            }
            boolean retest = retested.contains(control.id());
            Control oldControl = retest ? baseControls.get(control.id()) : control;
            Map<String, Object> was = oldParameters.getOrDefault(oldControl.policy(), Map.of());
            Map<String, Object> is = newParameters.getOrDefault(control.policy(), Map.of());
            Set<String> read = new TreeSet<>(conditions.parameters(oldControl.test()));
            read.addAll(conditions.parameters(control.test()));
            List<String> differ = read.stream()
                    .filter(name -> !Objects.equals(was.get(name), is.get(name)))
                    .toList();
            if (differ.isEmpty() && !retest) {
                continue;
            }
            StringJoiner wasLabel = new StringJoiner(", ");
            StringJoiner isLabel = new StringJoiner(", ");
            differ.forEach(name -> {
                wasLabel.add(name + "=" + SemanticDiff.show(was.get(name)));
                isLabel.add(name + "=" + SemanticDiff.show(is.get(name)));
            });
            if (retest) {
                wasLabel.add("the old test");
                isLabel.add("the new test");
            }
            previews.add(new SemanticDiff.Preview(
                    control.id(), side(wasLabel.toString(), old), side(isLabel.toString(), now)));
        }
        return previews;
    }

    private static Map<String, ParameterTimeline> timelines(Map<String, Map<String, Object>> parameters) {
        Map<String, ParameterTimeline> timelines = new HashMap<>();
        parameters.forEach((policy, values) -> timelines.put(policy, ParameterTimeline.constant(values)));
        return timelines;
    }

    private static SemanticDiff.Preview.Side side(String under, ControlResult result) {
        return new SemanticDiff.Preview.Side(
                under, result.population(), result.deviationRate(), result.population() == 0 ? result.summary() : null);
    }

    private static Map<String, ControlResult> byId(List<ControlResult> results) {
        return results.stream().collect(Collectors.toMap(ControlResult::id, Function.identity(), (a, b) -> a));
    }
}
