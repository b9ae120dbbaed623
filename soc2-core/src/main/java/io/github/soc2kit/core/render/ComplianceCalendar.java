package io.github.soc2kit.core.render;

import io.github.soc2kit.core.assess.ControlResult;
import io.github.soc2kit.core.assess.VerifyReport;
import io.github.soc2kit.core.drift.Occurrence;
import io.github.soc2kit.core.model.Cadence;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.ControlTest;
import io.github.soc2kit.core.model.Person;
import io.github.soc2kit.core.model.Policy;
import io.github.soc2kit.core.model.PolicyRepository;
import io.github.soc2kit.core.model.Soc2Config;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The due dates of every periodic control across the observation period, and the next one after the as-of date
 * when the period holds none, each with its status on the as-of date. A control with a {@code periodic} test is
 * due at the end of each period of its {@code every} plus its {@code grace_days}, exactly as the drift check judges
 * it, and takes its statuses from the verify report when there is one; any other control with a monthly,
 * quarterly, semi-annual or annual {@code frequency} is due at the end of each such period. Controls that run
 * continuously, per event or ad hoc have no due dates.
 */
final class ComplianceCalendar {

    private static final Comparator<DueDate> ORDER =
            Comparator.comparing(DueDate::due).thenComparing(DueDate::control).thenComparing(DueDate::period);

    private ComplianceCalendar() {}

    /** The due dates as of {@code asOf}, by date, then control, then period. */
    static List<DueDate> of(PolicyRepository repository, LocalDate asOf, @Nullable VerifyReport report) {
        Soc2Config config = repository.config();
        if (config == null || config.periodStart() == null || config.periodEnd() == null) {
            return List.of();
        }
        Map<String, Occurrence> judged = new HashMap<>();
        if (report != null) {
            for (ControlResult result : report.controls()) {
                result.occurrences().forEach(o -> judged.put(result.id() + " " + o.period(), o));
            }
        }
        String domain = domain(repository);
        List<DueDate> dates = new ArrayList<>();
        for (Control control : repository.controls()) {
            Policy policy = repository.policy(control.policy());
            Cadence every = every(control, policy == null ? Map.of() : policy.parameters());
            if (every == null) {
                continue;
            }
            Person owner = repository.person(control.owner());
            long grace = control.test() instanceof ControlTest.Periodic periodic && policy != null
                    ? periodic.grace(policy.parameters())
                    : 0;
            LocalDate stamp =
                    policy != null && policy.approvedOn() != null ? policy.approvedOn() : config.periodStart();
            List<Cadence.Period> periods = new ArrayList<>(every.periods(config.periodStart(), config.periodEnd()));
            LocalDate after = config.periodEnd().plusDays(1);
            Cadence.Period next = every.periods(after, after.plusYears(1)).get(0);
            if (periods.stream()
                    .noneMatch(p -> p.start().isAfter(asOf) || p.label().equals(next.label()))) {
                periods.add(next); // the next due date after the as-of date, unless the period already names it
            }
            for (Cadence.Period period : periods) {
                LocalDate due = period.end().plusDays(grace);
                Occurrence occurrence = judged.get(control.id() + " " + period.label());
                dates.add(new DueDate(
                        control.id(),
                        control.title(),
                        owner == null ? control.owner() : owner.name(),
                        control.owner(),
                        period.label(),
                        period.start(),
                        period.end(),
                        due,
                        occurrence != null ? occurrence.describe() : byDate(period, due, asOf),
                        stamp,
                        domain));
            }
        }
        return dates.stream().sorted(ORDER).toList();
    }

    /**
     * The organization's email domain, which scopes the events' UIDs: the domain most of the roster's people have
     * (the first in order on a tie), so that it stays when one owner changes.
     */
    private static String domain(PolicyRepository repository) {
        Map<String, Long> counts = new TreeMap<>();
        repository
                .people()
                .forEach(p -> counts.merge(p.email().substring(p.email().indexOf('@') + 1), 1L, Long::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse("soc2kit.invalid");
    }

    /** The status of a period whose evidence soc2kit did not judge: from its dates alone. */
    private static String byDate(Cadence.Period period, LocalDate due, LocalDate asOf) {
        if (period.start().isAfter(asOf)) {
            return "upcoming";
        }
        return due.isBefore(asOf) ? "due date passed" : "due by " + due;
    }

    /** The cadence of the control's calendar: its periodic test's {@code every}, else from its frequency. */
    private static @Nullable Cadence every(Control control, Map<String, Object> parameters) {
        Cadence every = control.test() instanceof ControlTest.Periodic periodic ? periodic.cadence(parameters) : null;
        return every != null ? every : Cadence.ofFrequency(control.frequency());
    }
}
