package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.expr.Conditions;
import io.github.soc2kit.core.model.ControlTest;
import io.github.soc2kit.core.model.DayLimit;
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
 * {@link #EARLY_DAYS} days before the trigger counts (access removed ahead of the last day). A trigger without a
 * response whose limit has not elapsed on the as-of date is pending, not judged; responses dated after the as-of
 * date are not seen.
 */
final class TimelinessCheck extends Check {

    static final int EARLY_DAYS = 30;

    private final ControlTest.Event trigger;
    private final ControlTest.Event response;
    private final DayLimit within;
    private final Conditions.@Nullable Condition triggerWhere;
    private final Conditions.@Nullable Condition responseWhere;
    private final List<Trigger> triggers = new ArrayList<>();
    private final Map<String, TreeSet<LocalDate>> responses = new HashMap<>();

    private record Trigger(String key, String recordKey, LocalDate day) {}

    TimelinessCheck(ControlTest.Timeliness test, CheckContext context, Conditions conditions) {
        super(context, conditions);
        this.trigger = test.trigger();
        this.response = test.response();
        this.within = required(test.within(), "within_days");
        this.triggerWhere = condition(trigger.where());
        this.responseWhere = condition(response.where());
    }

    @Override
    Set<String> sources() {
        return Set.of(trigger.source(), response.source());
    }

    @Override
    void accept(String source, EvidenceRecord record) {
        if (source.equals(trigger.source())) {
            LocalDate day = context.day(source, record, trigger.at());
            if (context.judged(day) && context.test(triggerWhere, record, day)) {
                triggers.add(new Trigger(Deviation.normal(record.get(trigger.key())), record.key(), day));
            }
        }
        if (source.equals(response.source())) {
            LocalDate day = context.day(source, record, response.at());
            String key = Deviation.normal(record.get(response.key()));
            if (day != null
                    && !day.isAfter(context.asOf())
                    && !key.isEmpty()
                    && context.test(responseWhere, record, day)) {
                responses.computeIfAbsent(key, k -> new TreeSet<>()).add(day);
            }
        }
    }

    @Override
    Outcome finish() {
        List<Deviation> deviations = new ArrayList<>();
        long open = 0;
        for (Trigger pending : triggers) {
            TreeSet<LocalDate> days = responses.getOrDefault(pending.key(), new TreeSet<>());
            LocalDate answered = days.ceiling(pending.day().minusDays(EARLY_DAYS));
            long limit = within.days(context.timeline().at(pending.day()));
            if (pending.key().isEmpty()) {
                deviations.add(
                        new Deviation(pending.recordKey(), "has no '" + trigger.key() + "' to match", pending.day()));
            } else if (answered == null && !pending.day().plusDays(limit).isBefore(context.asOf())) {
                open++; // its limit has not elapsed on the as-of date: the response may still come in time
            } else if (answered == null) {
                deviations.add(new Deviation(
                        pending.key(),
                        "no response in '" + response.source() + "' from " + pending.day() + " to " + context.asOf()
                                + " (limit " + limit + ")" + context.under(triggerWhere, pending.day()),
                        pending.day()));
            } else {
                long delay = Math.max(0, ChronoUnit.DAYS.between(pending.day(), answered));
                if (delay > limit) {
                    deviations.add(new Deviation(
                            pending.key(),
                            delay + " days after " + pending.day() + " (limit " + limit + ")"
                                    + context.under(triggerWhere, pending.day()),
                            pending.day()));
                }
            }
        }
        return new Outcome(
                triggers.size() - open, "triggers", deviations, open, context.atPeriodEnd(triggers.size()), List.of());
    }
}
