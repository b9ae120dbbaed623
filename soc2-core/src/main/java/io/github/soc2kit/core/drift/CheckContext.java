package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.diag.Wording;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.expr.Conditions;
import io.github.soc2kit.core.expr.Dates;
import io.github.soc2kit.core.history.ParameterTimeline;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * What every check needs: the observation period, the as-of date, the company time zone (and the zone of each
 * source that sets its own), the policy's parameters over time and the CEL variables derived from them. A condition
 * is evaluated with the parameters in force on the record's day.
 *
 * @param asOf the day the run judges: no later than {@code end}; what is dated after it is not judged
 * @param zones the time zone of each source that declares one
 * @param sources which sources are snapshots, and who records are about
 * @param excepted the records the exceptions of the control name, by key as {@link Deviation#normal} writes it
 * @param periodVariable CEL's {@code period}: its {@code start} and {@code end} as ISO dates, made once for all records
 */
record CheckContext(
        LocalDate start,
        LocalDate end,
        LocalDate asOf,
        ZoneId zone,
        Map<String, ZoneId> zones,
        ParameterTimeline timeline,
        SourceFacts sources,
        Set<String> excepted,
        Map<String, String> periodVariable) {

    CheckContext(
            LocalDate start,
            LocalDate end,
            LocalDate asOf,
            ZoneId zone,
            Map<String, ZoneId> zones,
            ParameterTimeline timeline,
            SourceFacts sources,
            Set<String> excepted) {
        this(
                start,
                end,
                asOf,
                zone,
                zones,
                timeline,
                sources,
                excepted,
                Map.of("start", start.toString(), "end", end.toString()));
    }

    /** Whether an exception of the control names the record with {@code key}. */
    boolean excepted(String key) {
        return !excepted.isEmpty() && excepted.contains(Deviation.normal(key));
    }

    /**
     * The count expected by the end of the period for {@code seen} events up to the as-of date, at the same pace:
     * {@code seen} itself once the period is over.
     */
    long atPeriodEnd(long seen) {
        long total = ChronoUnit.DAYS.between(start, end) + 1;
        long elapsed = ChronoUnit.DAYS.between(start, asOf) + 1;
        return elapsed <= 0 || elapsed >= total ? seen : (seen * total + elapsed - 1) / elapsed;
    }

    /** Whether {@code day} is judged: inside the observation period and not after the as-of date. */
    boolean judged(@Nullable LocalDate day) {
        return day != null && !day.isBefore(start) && !day.isAfter(asOf);
    }

    /**
     * Which values of the changing parameters {@code condition} uses applied on {@code day} (the newest when null),
     * for example " under required_approvals=2"; empty when they never changed.
     */
    String under(Conditions.@Nullable Condition condition, @Nullable LocalDate day) {
        List<String> used = changedIn(condition);
        return used.isEmpty() ? "" : " under " + values(used, timeline.at(day));
    }

    /**
     * Which values of the changing parameters {@code condition} uses applied from {@code from} to {@code to}, for
     * example " under min_reviewers=1, then min_reviewers=2 from 2026-03-01"; empty when they never changed.
     */
    String under(Conditions.@Nullable Condition condition, LocalDate from, LocalDate to) {
        List<String> used = changedIn(condition);
        if (used.isEmpty()) {
            return "";
        }
        String last = values(used, timeline.at(from));
        StringBuilder text = new StringBuilder(" under ").append(last);
        for (ParameterTimeline.Entry entry : timeline.entries()) {
            String now = values(used, entry.parameters());
            if (entry.from().isAfter(from) && !entry.from().isAfter(to) && !now.equals(last)) {
                text.append(", then ").append(now).append(" from ").append(entry.from());
                last = now;
            }
        }
        return text.toString();
    }

    /** The parameters that change over time and that {@code condition} reads, in name order. */
    private List<String> changedIn(Conditions.@Nullable Condition condition) {
        if (condition == null) {
            return List.of();
        }
        Set<String> read = condition.parameters();
        return timeline.changed().stream().filter(read::contains).toList();
    }

    private static String values(List<String> names, Map<String, Object> parameters) {
        StringJoiner values = new StringJoiner(", ");
        names.forEach(name -> values.add(name + "=" + Deviation.normal(parameters.get(name))));
        return values.toString();
    }

    /** The day of the record's {@code field} (or its default timestamp when field is null) in its source's zone. */
    @Nullable LocalDate day(String source, EvidenceRecord record, @Nullable String field) {
        Object raw = field == null ? record.timestamp() : record.get(field);
        try {
            return Dates.day(raw, zones.getOrDefault(source, zone));
        } catch (DateTimeParseException e) {
            throw new CheckException(
                    "'" + (field == null ? "timestamp" : field) + "' of record '" + Wording.clipped(record.key())
                            + "' is not a date or time: '" + Wording.clipped(String.valueOf(raw)) + "'",
                    record);
        }
    }

    /** Tests the record with the parameters in force on the day of its default timestamp. */
    boolean test(Conditions.@Nullable Condition condition, EvidenceRecord record) {
        if (condition == null || !timeline.varies()) {
            return test(condition, record, null);
        }
        LocalDate day;
        try {
            day = Dates.day(record.timestamp(), zone);
        } catch (DateTimeParseException e) {
            day = null;
        }
        return test(condition, record, day);
    }

    /** Which parts of {@code condition} the record fails, with the parameters in force on {@code day}, and its values. */
    String explain(Conditions.Condition condition, EvidenceRecord record, @Nullable LocalDate day) {
        return condition.explain(record.fields(), timeline.at(day), periodVariable());
    }

    /** Tests the record with the parameters in force on {@code day} (the newest when null). */
    boolean test(Conditions.@Nullable Condition condition, EvidenceRecord record, @Nullable LocalDate day) {
        if (condition == null) {
            return true;
        }
        try {
            return condition.test(record.fields(), timeline.at(day), periodVariable());
        } catch (Conditions.ConditionException e) {
            throw new CheckException(
                    "cannot evaluate '" + condition.expression() + "' on record '" + record.key() + "': "
                            + e.getMessage(),
                    record);
        }
    }
}
