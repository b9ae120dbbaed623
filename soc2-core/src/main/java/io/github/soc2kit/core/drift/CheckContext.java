package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.evidence.EvidenceRecord;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What every check needs: the observation period, the company time zone, the policy's parameters and the
 * CEL variables derived from them.
 */
record CheckContext(LocalDate start, LocalDate end, ZoneId zone, Map<String, Object> policy) {

    CheckContext {
        policy = Map.copyOf(policy);
    }

    Map<String, String> periodVariable() {
        return Map.of("start", start.toString(), "end", end.toString());
    }

    boolean inPeriod(@Nullable LocalDate day) {
        return day != null && !day.isBefore(start) && !day.isAfter(end);
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

    boolean test(Conditions.@Nullable Condition condition, EvidenceRecord record) {
        if (condition == null) {
            return true;
        }
        try {
            return condition.test(record.fields(), policy, periodVariable());
        } catch (Conditions.ConditionException e) {
            throw new CheckException("cannot evaluate '" + condition.expression() + "' on record '" + record.key() + "': "
                    + e.getMessage(), record);
        }
    }
}
