package io.github.soc2kit.core.assess;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.Severity;
import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.diag.Wording;
import io.github.soc2kit.core.drift.Deviation;
import io.github.soc2kit.core.drift.DriftEngine;
import io.github.soc2kit.core.drift.Observation;
import io.github.soc2kit.core.drift.Occurrence;
import io.github.soc2kit.core.drift.Outcome;
import io.github.soc2kit.core.drift.SourceProvenance;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.ControlTest;
import io.github.soc2kit.core.model.PolicyRepository;
import io.github.soc2kit.core.model.Soc2Config;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns what each check saw into the control's status, its one-line summary and its findings, weighing
 * deviations against the exceptions register and the tolerable rate of the control's risk.
 */
public final class Judge {

    /** What a control that was not tested saw. */
    private static final Outcome NOTHING = new Outcome(0, "", List.of());

    private Judge() {}

    /** The verdicts: findings (the drift run's and the judge's), a result per control, the provenance of each source. */
    public record Result(List<Finding> findings, List<ControlResult> controls, List<SourceProvenance> sources) {
        public Result {
            findings = List.copyOf(findings);
            controls = List.copyOf(controls);
            sources = List.copyOf(sources);
        }
    }

    /** Judges what the drift run saw as of {@code requested} (capped at the period's end), the date it ran as of. */
    public static Result judge(PolicyRepository repo, DriftEngine.Result drift, LocalDate requested) {
        Soc2Config config = repo.config();
        if (config == null || config.periodStart() == null || config.periodEnd() == null) {
            throw new IllegalStateException("validation guarantees soc2.yaml with a period");
        }
        LocalDate asOf = config.asOf(requested, requested);
        ExceptionRegister exceptions = new ExceptionRegister(repo, config, config.periodStart(), config.periodEnd());
        List<Finding> findings = new ArrayList<>(drift.findings());
        Map<String, SourceProvenance> sources = new HashMap<>();
        drift.sources().forEach(s -> sources.put(s.id(), s));
        List<ControlResult> results = new ArrayList<>();
        for (Observation observation : drift.observations()) {
            Control control = observation.control();
            if (observation instanceof Observation.Observed && control.test() instanceof ControlTest.Population) {
                stale(control, sources, config.periodStart(), asOf, findings);
            }
            results.add(judge(observation, exceptions, config, asOf, findings));
        }
        findings.addAll(exceptions.findings());
        return new Result(findings, merged(results), drift.sources());
    }

    /** The results of the tests of one control (consecutive, one per test) as one result per control. */
    private static List<ControlResult> merged(List<ControlResult> results) {
        Map<String, List<ControlResult>> byControl = new LinkedHashMap<>();
        results.forEach(
                r -> byControl.computeIfAbsent(r.id(), id -> new ArrayList<>()).add(r));
        return byControl.values().stream()
                .map(parts -> parts.size() == 1 ? parts.get(0) : merge(parts))
                .toList();
    }

    /**
     * One result for a control of several tests: each test reported on its own, the control's status the worst of
     * theirs, its populations, deviations and exceptions added up, and each test's summary in turn.
     */
    private static ControlResult merge(List<ControlResult> parts) {
        ControlResult first = parts.get(0);
        List<String> summaries = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            summaries.add("test " + (i + 1) + ": " + parts.get(i).summary());
        }
        return new ControlResult(
                first.id(),
                first.title(),
                first.owner(),
                first.risk(),
                String.join(" + ", parts.stream().map(ControlResult::kind).toList()),
                first.at(),
                parts.stream().mapToLong(ControlResult::population).sum(),
                parts.stream().mapToLong(ControlResult::deviations).sum(),
                parts.stream().mapToLong(ControlResult::exceptions).sum(),
                first.tolerableRate(),
                parts.stream()
                        .map(ControlResult::status)
                        .min(Comparator.naturalOrder())
                        .orElseThrow(),
                parts.stream()
                        .flatMap(r -> r.deviationKeys().stream())
                        .distinct()
                        .sorted()
                        .toList(),
                parts.stream()
                        .flatMap(r -> r.exceptionKeys().stream())
                        .distinct()
                        .sorted()
                        .toList(),
                String.join("; ", summaries),
                parts.stream().mapToLong(ControlResult::open).sum(),
                parts.stream().mapToLong(ControlResult::projected).sum(),
                parts.stream().flatMap(r -> r.occurrences().stream()).toList(),
                parts.stream()
                        .flatMap(r -> r.links().entrySet().stream())
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a)),
                parts.stream().mapToLong(ControlResult::unlistedDeviations).sum());
    }

    /** An {@code evidence-stale} finding for each source of a population test that stops before the as-of date. */
    private static void stale(
            Control control,
            Map<String, SourceProvenance> sources,
            LocalDate periodStart,
            LocalDate asOf,
            List<Finding> findings) {
        for (ControlTest.Ref ref : control.test().sources()) {
            String id = ref.value();
            SourceProvenance source = sources.get(id);
            if (source == null || !source.staleOn(asOf)) {
                continue;
            }
            LocalDate coverage = Objects.requireNonNull(source.coverage());
            LocalDate from = coverage.isBefore(periodStart) ? periodStart : coverage.plusDays(1);
            long unseen = ChronoUnit.DAYS.between(from, asOf) + 1;
            findings.add(Finding.error(
                    RuleId.EVIDENCE_STALE,
                    control.origin().at(ref.pointer()),
                    control.id() + " reads '" + id + "', which "
                            + (source.exportedOn() != null
                                    ? "was exported on " + coverage
                                    : "has no record after " + coverage)
                            + (unseen == 1
                                    ? ": the as-of date " + asOf + " was not tested"
                                    : ": the " + Wording.count(unseen) + " days from " + from + " to the as-of date "
                                            + asOf + " were not tested"),
                    "export '" + id + "' again; if the export is complete up to a later day, say so with"
                            + " 'exported_on' in evidence/sources.yaml"));
        }
    }

    private static ControlResult judge(
            Observation observation,
            ExceptionRegister exceptions,
            Soc2Config config,
            LocalDate asOf,
            List<Finding> findings) {
        Control control = observation.control();
        double tolerable = config.tolerableRate(control);
        SourcePosition test = control.origin().keyAt("test");
        if (observation instanceof Observation.Untested) {
            return result(
                    control,
                    tolerable,
                    NOTHING,
                    0,
                    List.of(),
                    List.of(),
                    ControlStatus.NOT_TESTED,
                    control.test() instanceof ControlTest.Manual manual
                            ? "tested by people: " + procedure(manual)
                            : "not tested: its policy '" + control.policy() + "' does not exist");
        }
        if (observation instanceof Observation.Missing missing) {
            String summary = "no evidence: " + String.join("; ", missing.reasons());
            findings.add(Finding.error(
                    RuleId.EVIDENCE_MISSING,
                    test,
                    "control '" + control.id() + "' has " + summary,
                    "required evidence that is entirely absent is a deviation, not a pass: export it"));
            return result(control, tolerable, NOTHING, 0, List.of(), List.of(), ControlStatus.DEVIATION, summary);
        }
        if (observation instanceof Observation.Failed failed) {
            findings.add(Finding.error(
                    RuleId.CHECK_FAILED,
                    test,
                    "control '" + control.id() + "' could not be tested: " + failed.reason(),
                    "fix the evidence or the test; until then the control counts as not tested"));
            return result(
                    control,
                    tolerable,
                    NOTHING,
                    0,
                    List.of(),
                    List.of(),
                    ControlStatus.NOT_TESTED,
                    "could not be tested: " + failed.reason());
        }
        if (!(observation instanceof Observation.Observed observed)) {
            throw new IllegalStateException("no verdict for " + observation);
        }
        Outcome outcome = observed.outcome();
        if (asOf.equals(config.periodEnd())) {
            // once the period is over, what is still open will never be judged: the population is final
            outcome = new Outcome(
                    outcome.population(),
                    outcome.unit(),
                    outcome.deviations(),
                    outcome.open(),
                    outcome.population(),
                    outcome.occurrences(),
                    outcome.unlisted());
        }
        if (outcome.population() == 0) {
            return result(
                    control,
                    tolerable,
                    outcome,
                    0,
                    List.of(),
                    List.of(),
                    ControlStatus.NOT_TESTED,
                    outcome.open() > 0
                            ? "nothing due yet as of " + asOf + ": " + outcome.open() + " " + outcome.unit() + " open"
                            : "no " + outcome.unit() + " in the observation period to test");
        }
        exceptions.tested(control.id(), outcome.deviations());
        List<Deviation> remaining = new ArrayList<>();
        List<String> excepted = new ArrayList<>();
        long units = outcome.unlisted(); // none of them is excepted: the check lists every record an exception names
        for (Deviation deviation : outcome.deviations()) {
            if (exceptions.covering(control.id(), deviation).isPresent()) {
                excepted.add(deviation.key());
            } else {
                remaining.add(deviation);
                units += deviation.units();
            }
        }
        double rate = (double) units / outcome.population();
        ControlStatus status = units == 0 && excepted.isEmpty()
                ? ControlStatus.EFFECTIVE
                : rate <= tolerable ? ControlStatus.EXCEPTIONS_NOTED : ControlStatus.DEVIATION;
        String summary = summary(control, outcome, remaining, units, rate, excepted.size());
        if (units > 0) {
            Severity severity = status == ControlStatus.DEVIATION ? Severity.ERROR : Severity.WARNING;
            List<Deviation> ordered = remaining.stream()
                    .sorted(Comparator.comparing(Deviation::key, KEYS))
                    .toList();
            long total = ordered.size() + outcome.unlisted();
            boolean sameDetail =
                    ordered.stream().map(Deviation::detail).distinct().count() == 1;
            String listed = sameDetail
                    ? Wording.capped(ordered.stream().map(Deviation::key).toList(), total) + " ("
                            + ordered.get(0).detail() + ")"
                    : Wording.capped(
                            ordered.stream()
                                    .map(d -> d.key() + " (" + d.detail() + ")")
                                    .toList(),
                            total);
            findings.add(new Finding(
                    control.test().accept(DEVIATION),
                    severity,
                    test,
                    control.id() + ": " + summary + ": " + listed,
                    status == ControlStatus.DEVIATION
                            ? "fix the practice, or document approved exceptions in registers/exceptions.yaml"
                            : "within the tolerable rate of " + Wording.percent(tolerable)
                                    + (control.tolerableRate() != null
                                            ? " the control sets"
                                            : " for " + control.riskLabel() + " risk")));
        }
        return result(
                control,
                tolerable,
                outcome,
                units,
                remaining.stream().map(Deviation::key).sorted(KEYS).toList(),
                excepted.stream().sorted(KEYS).toList(),
                status,
                summary);
    }

    /** The rule of a test's deviations, one per kind that soc2kit runs. */
    private static final ControlTest.Visitor<RuleId> DEVIATION = new ControlTest.Visitor<>() {
        @Override
        public RuleId manual(ControlTest.Manual test) {
            throw new IllegalStateException("soc2kit does not run manual tests");
        }

        @Override
        public RuleId periodic(ControlTest.Periodic test) {
            return RuleId.PERIODIC_DEVIATION;
        }

        @Override
        public RuleId population(ControlTest.Population test) {
            return RuleId.POPULATION_DEVIATION;
        }

        @Override
        public RuleId timeliness(ControlTest.Timeliness test) {
            return RuleId.TIMELINESS_DEVIATION;
        }

        @Override
        public RuleId reconciliation(ControlTest.Reconciliation test) {
            return RuleId.RECONCILIATION_DEVIATION;
        }

        @Override
        public RuleId continuity(ControlTest.Continuity test) {
            return RuleId.CONTINUITY_DEVIATION;
        }

        @Override
        public RuleId config(ControlTest.Config test) {
            return RuleId.CONFIG_DEVIATION;
        }

        @Override
        public RuleId unknown(ControlTest.Unknown test) {
            throw new IllegalStateException("validation guarantees a known test kind, not '" + test.kind() + "'");
        }
    };

    private static String summary(
            Control control, Outcome outcome, List<Deviation> remaining, long units, double rate, int excepted) {
        String what = control.test().description();
        if (what == null) {
            what = control.title();
        }
        String test = Wording.lowerFirst(Wording.stripPeriod(what));
        String unit = outcome.population() == 1 ? outcome.unit().replaceFirst("s$", "") : outcome.unit();
        String base = units == 0 && excepted == 0
                ? (outcome.population() == 1 ? "the only " : "all " + Wording.count(outcome.population()) + " ") + unit
                        + " meet" + (outcome.population() == 1 ? "s" : "") + " the test: " + test
                : Wording.count(units) + " of " + Wording.count(outcome.population()) + " " + unit + " ("
                        + Wording.percent(rate) + ") deviate" + missedAndLate(outcome, remaining) + ": " + test;
        String open = outcome.open() == 0 ? "" : "; " + Wording.count(outcome.open()) + " more not yet due";
        return (excepted == 0 ? base : base + "; " + Wording.count(excepted) + " more covered by documented exceptions")
                + open;
    }

    /**
     * For periodic controls, how many of the deviating occurrences ({@code remaining}, those no exception covers) were
     * missed and how many late: " (1 missed, 1 late)".
     */
    private static String missedAndLate(Outcome outcome, List<Deviation> remaining) {
        Set<String> deviating = remaining.stream().map(Deviation::key).collect(Collectors.toSet());
        long missed = count(outcome, deviating, Occurrence.Status.MISSED);
        long late = count(outcome, deviating, Occurrence.Status.LATE);
        return missed + late == 0 ? "" : " (" + Wording.count(missed) + " missed, " + Wording.count(late) + " late)";
    }

    private static long count(Outcome outcome, Set<String> deviating, Occurrence.Status status) {
        return outcome.occurrences().stream()
                .filter(o -> o.status() == status && deviating.contains(o.period()))
                .count();
    }

    private static String procedure(ControlTest.Manual test) {
        return Wording.stripPeriod(Wording.firstSentence(test.procedure()));
    }

    private static ControlResult result(
            Control control,
            double tolerable,
            Outcome outcome,
            long deviations,
            List<String> deviationKeys,
            List<String> exceptionKeys,
            ControlStatus status,
            String summary) {
        long population = outcome.population();
        return new ControlResult(
                control.id(),
                control.title(),
                control.owner(),
                control.riskLabel(),
                control.test().kind(),
                control.origin().at("id"),
                population,
                deviations,
                exceptionKeys.size(),
                tolerable,
                status,
                deviationKeys,
                exceptionKeys,
                summary,
                outcome.open(),
                outcome.projected(),
                outcome.occurrences(),
                outcome.deviations().stream()
                        .filter(d -> d.link() != null)
                        .collect(Collectors.toMap(Deviation::key, Deviation::link, (a, b) -> a)),
                outcome.unlisted());
    }

    /**
     * Evidence identifiers in natural order: runs of digits by value (acme/app#2 before acme/app#10, 2 before 10),
     * everything else character by character; keys equal but for leading zeros by their text.
     */
    public static final Comparator<String> KEYS = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            if (isDigit(a.charAt(i)) && isDigit(b.charAt(j))) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int m = significant(a, i, endA);
                int n = significant(b, j, endB);
                int order = endA - m != endB - n
                        ? Integer.compare(endA - m, endB - n)
                        : CharSequence.compare(a.subSequence(m, endA), b.subSequence(n, endB));
                if (order != 0) {
                    return order;
                }
                i = endA;
                j = endB;
            } else if (a.charAt(i) != b.charAt(j)) {
                return Character.compare(a.charAt(i), b.charAt(j));
            } else {
                i++;
                j++;
            }
        }
        int rest = Integer.compare(a.length() - i, b.length() - j);
        return rest != 0 ? rest : a.compareTo(b);
    };

    private static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Where the run of digits from {@code from} to {@code end} starts without its leading zeros (keeping one digit). */
    private static int significant(String text, int from, int end) {
        int start = from;
        while (start < end - 1 && text.charAt(start) == '0') {
            start++;
        }
        return start;
    }

    /** ASCII digits only: other scripts' digits compare as characters, which keeps the order transitive. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
