package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.diag.Wording;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.expr.Conditions;
import io.github.soc2kit.core.model.ControlTest;
import io.github.soc2kit.core.model.DayLimit;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * {@code timeliness}: each trigger in the observation period (a termination) is followed by its response (the
 * account's deactivation) within {@code within_days} calendar days in the company time zone. Triggers and
 * responses are joined on their {@code key} fields, compared as lower-case text, or on the roster person each is
 * about ({@code key: person}), whatever each system calls them. A response up to {@link #EARLY_DAYS} days before
 * the trigger counts (access removed ahead of the last day). A trigger without a response whose limit has not
 * elapsed on the as-of date is pending, not judged; responses dated after the as-of date are not seen.
 *
 * <p>A response source that is a snapshot with an export date (an Okta user list, an IAM credential report) says
 * what was true on that date: an account that {@code where} selects (deprovisioned, no console password) was revoked
 * on its {@code at} day, or by the export's date without one; an account the snapshot no longer lists was revoked by
 * the export's date (a person the roster gives no account in that system had none to revoke, and is not counted);
 * an account it still lists unselected was active on the export's date.
 */
final class TimelinessCheck extends Check {

    static final int EARLY_DAYS = 30;

    private final ControlTest.Event trigger;
    private final ControlTest.Event response;
    private final DayLimit within;
    private final Conditions.@Nullable Condition triggerWhere;
    private final Conditions.@Nullable Condition responseWhere;
    private final @Nullable LocalDate exported;
    private final List<Trigger> triggers = new ArrayList<>();
    private final Map<String, TreeSet<LocalDate>> responses = new HashMap<>();
    private final Set<String> active = new HashSet<>();
    private final Set<String> dated = new HashSet<>();

    private record Trigger(String key, String recordKey, LocalDate day) {}

    TimelinessCheck(ControlTest.Timeliness test, CheckContext context, Conditions conditions) {
        super(context, conditions);
        this.trigger = test.trigger();
        this.response = test.response();
        this.within = required(test.within(), "within_days");
        this.triggerWhere = condition(trigger.where());
        this.responseWhere = condition(response.where());
        this.exported = context.sources().snapshots().get(response.source());
    }

    @Override
    Set<String> sources() {
        return Set.of(trigger.source(), response.source());
    }

    private String key(String source, EvidenceRecord record, String field) {
        return field.equals(ControlTest.Event.PERSON)
                ? Deviation.normal(context.sources().person().apply(source, record))
                : Deviation.normal(record.get(field));
    }

    @Override
    void accept(String source, EvidenceRecord record) {
        if (source.equals(trigger.source())) {
            LocalDate day = context.day(source, record, trigger.at());
            if (context.judged(day) && context.test(triggerWhere, record, day)) {
                triggers.add(new Trigger(key(source, record, trigger.key()), record.key(), day));
            }
        }
        if (source.equals(response.source())) {
            String key = key(source, record, response.key());
            if (key.isEmpty()) {
                return;
            }
            if (exported != null) {
                snapshot(source, record, key);
                return;
            }
            if (response.at() == null && context.sources().snapshots().containsKey(source)) {
                throw new CheckException(
                        "'" + source + "' is a snapshot that names no day: declare the day it was taken with"
                                + " 'exported_on' in evidence/sources.yaml, or name the field of each response's day"
                                + " with 'at'",
                        record);
            }
            LocalDate day = context.day(source, record, response.at());
            if (day != null && !day.isAfter(context.asOf()) && context.test(responseWhere, record, day)) {
                responses.computeIfAbsent(key, k -> new TreeSet<>()).add(day);
            }
        }
    }

    /**
     * A record of a snapshot: revoked on its day (the export's when it has none), or still active; a revocation dated
     * after the as-of date had not happened on it.
     */
    private void snapshot(String source, EvidenceRecord record, String key) {
        LocalDate exportedOn = Objects.requireNonNull(exported);
        LocalDate day = response.at() == null ? null : context.day(source, record, response.at());
        if (!context.test(responseWhere, record, exportedOn) || day != null && day.isAfter(context.asOf())) {
            active.add(key);
            return;
        }
        if (day != null) {
            dated.add(key);
        }
        responses.computeIfAbsent(key, k -> new TreeSet<>()).add(day != null ? day : exportedOn);
    }

    @Override
    Outcome finish() {
        List<Deviation> deviations = new ArrayList<>();
        long open = 0;
        long counted = 0;
        for (Trigger pending : triggers) {
            long limit = within.days(context.timeline().at(pending.day()));
            LocalDate deadline = pending.day().plusDays(limit);
            String under = context.under(triggerWhere, pending.day());
            if (pending.key().isEmpty()) {
                counted++;
                deviations.add(new Deviation(
                        pending.recordKey(),
                        trigger.key().equals(ControlTest.Event.PERSON)
                                ? "is about nobody of the roster"
                                : "has no '" + trigger.key() + "' to match",
                        pending.day()));
                continue;
            }
            TreeSet<LocalDate> days = responses.getOrDefault(pending.key(), new TreeSet<>());
            LocalDate answered = days.ceiling(pending.day().minusDays(EARLY_DAYS));
            if (exported != null && answered == null && !days.isEmpty()) {
                answered = pending.day(); // the snapshot shows it revoked long before the trigger
            } else if (exported != null && answered == null && !active.contains(pending.key())) {
                if (response.key().equals(ControlTest.Event.PERSON)
                        && !context.sources().account().test(response.source(), pending.key())) {
                    continue; // the roster gives them no account in that system: nothing to revoke
                }
                answered = exported; // no longer listed: gone by the day of the export
            }
            counted++;
            if (answered == null && exported != null) {
                if (!exported.isAfter(deadline) && !deadline.isBefore(context.asOf())) {
                    open++; // active on an export taken before the deadline, which has not passed
                } else {
                    long since = ChronoUnit.DAYS.between(pending.day(), exported);
                    deviations.add(new Deviation(
                            pending.key(),
                            exported.isAfter(deadline)
                                    ? "still active in '" + response.source() + "' exported on " + exported + ", "
                                            + Wording.plural(since, "day") + " after " + pending.day() + " (limit "
                                            + limit + ")" + under
                                    : "still active in '" + response.source() + "' exported on " + exported
                                            + ", before the deadline " + deadline
                                            + ": export it again to see whether it was revoked in time",
                            pending.day()));
                }
            } else if (answered == null && !deadline.isBefore(context.asOf())) {
                open++; // its limit has not elapsed on the as-of date: the response may still come in time
            } else if (answered == null) {
                deviations.add(new Deviation(
                        pending.key(),
                        "no response in '" + response.source() + "' from " + pending.day() + " to " + context.asOf()
                                + " (limit " + limit + ")" + under,
                        pending.day()));
            } else {
                long delay = Math.max(0, ChronoUnit.DAYS.between(pending.day(), answered));
                if (delay > limit) {
                    deviations.add(new Deviation(
                            pending.key(),
                            (exported != null && !dated.contains(pending.key())
                                            ? "revoked by " + exported + " (the day '" + response.source()
                                                    + "' was exported), " + Wording.plural(delay, "day") + " after "
                                                    + pending.day()
                                                    + ": nothing shows it was within the limit (" + limit + ")"
                                            : Wording.plural(delay, "day") + " after " + pending.day() + " (limit "
                                                    + limit + ")")
                                    + under,
                            pending.day()));
                }
            }
        }
        return new Outcome(counted - open, "triggers", deviations, open, context.atPeriodEnd(counted), List.of());
    }
}
