package io.github.soc2kit.core.api;

import io.github.soc2kit.core.drift.Conditions;
import io.github.soc2kit.core.drift.ControlResult;
import io.github.soc2kit.core.drift.DriftEngine;
import io.github.soc2kit.core.drift.ParameterTimeline;
import io.github.soc2kit.core.evidence.EvidenceReaders;
import io.github.soc2kit.core.history.Base;
import io.github.soc2kit.core.history.BaseReader;
import io.github.soc2kit.core.history.SemanticDiff;
import io.github.soc2kit.core.history.Timelines;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.Policy;
import io.github.soc2kit.core.model.PolicyRepository;
import io.github.soc2kit.core.report.DiffReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a change does: compares the policies and controls of the working tree with a git ref (semantic changes,
 * loosening, weakened tests, missing version bumps, criteria losing their last control), and previews drift by
 * checking the current evidence under the base's parameters and control tests and under the changed ones.
 */
public final class PolicyDiff {

    private final PolicyValidator validator = new PolicyValidator();
    private final Conditions conditions = new Conditions();

    public DiffResult diff(DiffRequest request) {
        PolicyValidator.Validation validation = validator.load(request.repository(), request.listener());
        PolicyRepository repo = validation.repository();
        Base base = new BaseReader().read(request.repository(), request.base());
        request.listener().info("comparing with " + base.ref() + " (" + base.commit().substring(0, 7) + ")");
        List<SemanticDiff.Change> changes = SemanticDiff.compare(base, repo.policies(), repo.controls());
        List<SemanticDiff.ParameterChange> parameters = SemanticDiff.parameters(base, repo.policies());
        List<String> notes = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, Control> baseControls = base.controls().stream()
                .collect(Collectors.toMap(Control::id, Function.identity(), (a, b) -> a));
        Set<String> retested = new HashSet<>();
        for (Control control : repo.controls().stream().sorted(Comparator.comparing(Control::id)).toList()) {
            Control old = baseControls.get(control.id());
            if (old == null || !tested(control) || !tested(old) || logic(control).equals(logic(old))) {
                continue;
            }
            if (base.checkable().contains(control.id()) && old.test().expressions().stream()
                    .allMatch(e -> conditions.compile(e.value()).error() == null)) {
                retested.add(control.id());
            } else {
                skipped.add("drift preview of " + control.id() + " skipped: its test at the base does not match the"
                        + " control schema or has a condition that does not compile, so the checks cannot run it");
            }
        }
        List<SemanticDiff.Preview> previews = List.of();
        boolean previewable = !validation.report().hasErrors() && repo.config() != null;
        if (!previewable && (!parameters.isEmpty() || !retested.isEmpty() || !skipped.isEmpty())) {
            notes.add("drift preview skipped: the working tree has validation errors");
        } else if (previewable) {
            if (!parameters.isEmpty() || !retested.isEmpty()) {
                previews = preview(request, repo, base, parameters, baseControls, retested);
            }
            notes.addAll(skipped);
        }
        SemanticDiff.Summary summary = new SemanticDiff.Summary(base.ref(), base.commit(), changes, previews, notes);
        return new DiffResult(base.ref(), base.commit(), changes.size(), summary.loosening(), DiffReport.console(summary),
                DiffReport.writeAll(summary, request.outputDirectory()));
    }

    private static boolean tested(Control control) {
        return !control.test().kind().isEmpty() && !control.test().kind().equals("manual");
    }

    /** What a test checks: its values but its description. */
    private static Map<String, String> logic(Control control) {
        Map<String, String> values = new HashMap<>(control.test().values());
        values.remove("description");
        return values;
    }

    /**
     * Runs the checks twice on the current evidence: with the base's parameters and the base's version of each
     * control whose test changed, then with this change's; a row for each control a changed parameter or test touches.
     */
    private List<SemanticDiff.Preview> preview(DiffRequest request, PolicyRepository repo, Base base,
            List<SemanticDiff.ParameterChange> parameters, Map<String, Control> baseControls, Set<String> retested) {
        Map<String, Policy> before = base.policies().stream()
                .collect(Collectors.toMap(Policy::id, Function.identity(), (a, b) -> a));
        Map<String, ParameterTimeline> oldTimelines = new HashMap<>();
        Map<String, ParameterTimeline> newTimelines = new HashMap<>();
        for (Policy policy : repo.policies()) {
            Policy old = before.getOrDefault(policy.id(), policy);
            // the base's values, as the types of the validated current ones; a parameter it lacks keeps today's value
            oldTimelines.put(policy.id(), ParameterTimeline.constant(
                    Timelines.overlay(policy.parameters(), old.parameters(), policy.parameters())));
            newTimelines.put(policy.id(), ParameterTimeline.constant(policy.parameters()));
        }
        DriftEngine engine = new DriftEngine(conditions, EvidenceReaders::forFormat);
        PolicyRepository oldRepo = repo.withControls(repo.controls().stream()
                .filter(c -> baseControls.containsKey(c.id())) // a control added by the change has no old result
                .map(c -> retested.contains(c.id()) ? baseControls.get(c.id()) : c)
                .toList());
        Map<String, ControlResult> oldResults = byId(engine.run(oldRepo, request.repository(), oldTimelines).controls());
        Map<String, ControlResult> newResults = byId(engine.run(repo, request.repository(), newTimelines).controls());
        Map<String, List<SemanticDiff.ParameterChange>> byPolicy = parameters.stream()
                .collect(Collectors.groupingBy(SemanticDiff.ParameterChange::policy, TreeMap::new, Collectors.toList()));
        List<SemanticDiff.Preview> previews = new ArrayList<>();
        for (Control control : repo.controls().stream().sorted(Comparator.comparing(Control::id)).toList()) {
            List<SemanticDiff.ParameterChange> changed = byPolicy.getOrDefault(control.policy(), List.of()).stream()
                    .filter(p -> control.test().values().values().stream().anyMatch(v -> v.matches("(?s).*\\bpolicy\\."
                            + java.util.regex.Pattern.quote(p.name()) + "\\b.*")))
                    .toList();
            ControlResult old = oldResults.get(control.id());
            ControlResult now = newResults.get(control.id());
            boolean retest = retested.contains(control.id());
            if (changed.isEmpty() && !retest || old == null || now == null || old.population() == 0 && now.population() == 0) {
                continue;
            }
            StringJoiner was = new StringJoiner(", ");
            StringJoiner is = new StringJoiner(", ");
            changed.forEach(p -> {
                was.add(p.name() + "=" + p.before());
                is.add(p.name() + "=" + p.after());
            });
            if (retest) {
                was.add("the old test");
                is.add("the new test");
            }
            previews.add(new SemanticDiff.Preview(control.id(), side(was.toString(), old), side(is.toString(), now)));
        }
        return previews;
    }

    private static SemanticDiff.Preview.Side side(String under, ControlResult result) {
        return new SemanticDiff.Preview.Side(under, result.population(), result.deviationRate(),
                result.population() == 0 ? result.summary() : null);
    }

    private static Map<String, ControlResult> byId(List<ControlResult> results) {
        return results.stream().collect(Collectors.toMap(ControlResult::id, Function.identity(), (a, b) -> a));
    }
}
