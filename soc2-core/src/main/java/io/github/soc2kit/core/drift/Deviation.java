package io.github.soc2kit.core.drift;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One record, period or trigger that did not meet the policy.
 *
 * @param key the evidence identifier (a pull request number, an email, "2026-Q1")
 * @param detail what was wrong with it, for example "approved 41 days after termination"
 * @param date the day of the event, used to judge documented exceptions; null when unknown
 * @param units how much of the population it stands for (1, or the days of a continuity gap)
 * @param link the record's web page, when the export says where it lives ({@link io.github.soc2kit.core.evidence.EvidenceRecord#link}); else null
 */
public record Deviation(
        String key,
        String detail,
        @Nullable LocalDate date,
        long units,
        @Nullable String link) {

    public Deviation(String key, String detail, @Nullable LocalDate date) {
        this(key, detail, date, 1, null);
    }

    public Deviation(String key, String detail, @Nullable LocalDate date, long units) {
        this(key, detail, date, units, null);
    }

    /** A key or field value as checks and the exceptions register compare it: trimmed, lower case, 2.0 as 2. */
    public static String normal(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue()) : value.toString();
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
