package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.evidence.EvidenceRecord;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What every check needs: the observation period, the company time zone, the policy's parameters over time and
 * the CEL variables derived from them. A condition is evaluated with the parameters in force on the record's day.
 */
record CheckContext(LocalDate start, LocalDate end, ZoneId zone, ParameterTimeline timeline) {

    Map<String, String> periodVariable() {
        return Map.of("start", start.toString(), "end", end.toString());
    }

    boolean inPeriod(@Nullable LocalDate day) {
        return day != null && !day.isBefore(start) && !day.isAfter(end);
    }

    /**
     * Which values of the changing parameters {@code condition} uses applied on {@code day}, for example
     * " under required_approvals=2"; empty when the parameters never changed.
     */
    String under(Conditions.@Nullable Condition condition, @Nullable LocalDate day) {
        if (condition == null || !timeline.varies()) {
            return "";
        }
        Map<String, Object> values = timeline.at(day);
        java.util.StringJoiner applied = new java.util.StringJoiner(", ", " under ", "").setEmptyValue("");
        for (String name : timeline.changed()) {
            if (condition.expression().matches("(?s).*\\bpolicy\\." + java.util.regex.Pattern.quote(name) + "\\b.*")) {
                applied.add(name + "=" + Check.text(values.get(name)));
            }
        }
        return applied.toString();
    }

    /** The day of the record's {@code field} (or its default timestamp when field is null). */
    @Nullable LocalDate day(EvidenceRecord record, @Nullable String field) {
        Object raw = field == null ? record.timestamp() : record.get(field);
        try {
            return Dates.day(raw, zone);
        } catch (DateTimeParseException e) {
            throw new CheckException("'" + (field == null ? "timestamp" : field) + "' of record '" + record.key()
                    + "' is not a date or time: '" + raw + "'", record);
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

    /** Tests the record with the parameters in force on {@code day} (the newest when null). */
    boolean test(Conditions.@Nullable Condition condition, EvidenceRecord record, @Nullable LocalDate day) {
        if (condition == null) {
            return true;
        }
        try {
            return condition.test(record.fields(), timeline.at(day), periodVariable());
        } catch (Conditions.ConditionException e) {
            throw new CheckException("cannot evaluate '" + condition.expression() + "' on record '" + record.key() + "': "
                    + e.getMessage(), record);
        }
    }
}
