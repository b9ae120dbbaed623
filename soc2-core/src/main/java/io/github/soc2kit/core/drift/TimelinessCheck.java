package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.expr.Conditions;

import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.model.Control;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * {@code timeliness}: each trigger in the observation period (a termination) is followed by its response (the
 * account's deactivation) within {@code within_days} calendar days in the company time zone. Triggers and
 * responses are joined on their {@code key} fields, compared as lower-case text. A response up to
 * {@link #EARLY_DAYS} days before the trigger counts (access removed ahead of the last day).
 */
final class TimelinessCheck extends Check {

    static final int EARLY_DAYS = 30;

    private final String triggerSource;
    private final String responseSource;
    private final Conditions.Condition triggerWhere;
    private final Conditions.Condition responseWhere;
    private final List<Trigger> triggers = new ArrayList<>();
    private final Map<String, TreeSet<LocalDate>> responses = new HashMap<>();

    private record Trigger(String key, String recordKey, LocalDate day) { }

    TimelinessCheck(Control control, CheckContext context, Conditions conditions) {
        super(control, context, conditions);
        this.triggerSource = required("trigger/source");
        this.responseSource = required("response/source");
        this.triggerWhere = condition("trigger/where");
        this.responseWhere = condition("response/where");
        days(required("within_days"), null); // fails early on a malformed limit
    }

    /** The limit in force on {@code day}: a number, or a policy parameter as it was on that day. */
    private long days(String within, @Nullable LocalDate day) {
        if (within.startsWith("policy.")) {
            Object value = context.timeline().at(day).get(within.substring("policy.".length()));
            if (value instanceof Long days) {
                return days;
            }
            throw new IllegalStateException("validation guarantees a whole number for " + within);
        }
        return Long.parseLong(within);
    }

    @Override
    Set<String> sources() {
        return Set.of(triggerSource, responseSource);
    }

    @Override
    void accept(String source, EvidenceRecord record) {
        if (source.equals(triggerSource)) {
            LocalDate day = context.day(record, required("trigger/at"));
            if (context.inPeriod(day) && context.test(triggerWhere, record, day)) {
                triggers.add(new Trigger(Deviation.normal(record.get(required("trigger/key"))), record.key(), day));
            }
        }
        if (source.equals(responseSource)) {
            LocalDate day = context.day(record, required("response/at"));
            String key = Deviation.normal(record.get(required("response/key")));
            if (day != null && !key.isEmpty() && context.test(responseWhere, record, day)) {
                responses.computeIfAbsent(key, k -> new TreeSet<>()).add(day);
            }
        }
    }

    @Override
    Outcome finish() {
        List<Deviation> deviations = new ArrayList<>();
        for (Trigger trigger : triggers) {
            TreeSet<LocalDate> days = responses.getOrDefault(trigger.key(), new TreeSet<>());
            LocalDate response = days.ceiling(trigger.day().minusDays(EARLY_DAYS));
            if (trigger.key().isEmpty()) {
                deviations.add(new Deviation(trigger.recordKey(), "has no '" + required("trigger/key") + "' to match", trigger.day()));
            } else if (response == null) {
                deviations.add(new Deviation(trigger.key(), "no response in '" + responseSource + "' after " + trigger.day()
                        + context.under(triggerWhere, trigger.day()), trigger.day()));
            } else {
                long delay = Math.max(0, ChronoUnit.DAYS.between(trigger.day(), response));
                long limit = days(required("within_days"), trigger.day());
                if (delay > limit) {
                    deviations.add(new Deviation(trigger.key(), delay + " days after " + trigger.day() + " (limit " + limit + ")"
                            + context.under(triggerWhere, trigger.day()), trigger.day()));
                }
            }
        }
        return new Outcome(triggers.size(), "triggers", deviations);
    }
}
