package io.github.soc2kit.core.render;

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
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The due dates of every periodic control across the observation period. A control with a {@code periodic}
 * test is due at the end of each period of its {@code every} plus its {@code grace_days}, exactly as the drift
 * check judges it; any other control with a monthly, quarterly, semi-annual or annual {@code frequency} is due at
 * the end of each such period. Controls that run continuously, per event or ad hoc have no due dates.
 */
final class ComplianceCalendar {

    private static final Comparator<DueDate> ORDER =
            Comparator.comparing(DueDate::due).thenComparing(DueDate::control).thenComparing(DueDate::period);

    private ComplianceCalendar() {}

    /** The due dates, by date, then control, then period. */
    static List<DueDate> of(PolicyRepository repository) {
        Soc2Config config = repository.config();
        if (config == null || config.periodStart() == null || config.periodEnd() == null) {
            return List.of();
        }
        List<DueDate> dates = new ArrayList<>();
        for (Control control : repository.controls()) {
            Cadence every = every(control);
            if (every == null) {
                continue;
            }
            int grace = control.test() instanceof ControlTest.Periodic periodic ? periodic.grace() : 0;
            Person owner = repository.person(control.owner());
            Policy policy = repository.policy(control.policy());
            LocalDate stamp =
                    policy != null && policy.approvedOn() != null ? policy.approvedOn() : config.periodStart();
            for (Cadence.Period period : every.periods(config.periodStart(), config.periodEnd())) {
                dates.add(new DueDate(
                        control.id(),
                        control.title(),
                        owner == null ? control.owner() : owner.name(),
                        control.owner(),
                        period.label(),
                        period.start(),
                        period.end(),
                        period.end().plusDays(grace),
                        stamp));
            }
        }
        return dates.stream().sorted(ORDER).toList();
    }

    /** The cadence of the control's calendar: its periodic test's {@code every}, else from its frequency. */
    private static @Nullable Cadence every(Control control) {
        if (control.test() instanceof ControlTest.Periodic periodic && periodic.every() != null) {
            return periodic.every();
        }
        return Cadence.ofFrequency(control.frequency());
    }
}
