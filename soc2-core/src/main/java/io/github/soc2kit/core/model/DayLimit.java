package io.github.soc2kit.core.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A limit in days: a number, or a policy parameter ({@code policy.revocation_days}) whose value may change over time. */
public sealed interface DayLimit {

    /** How a parameter is named in a control test. */
    String PREFIX = "policy.";

    /** The limit under these policy parameters; a parameter that is not a whole number is a validation error. */
    long days(Map<String, Object> parameters);

    /** The limit as written: {@code 30} or {@code policy.revocation_days}. */
    @Override
    String toString();

    /** A number of days written in the test. */
    record Days(long count) implements DayLimit {
        @Override
        public long days(Map<String, Object> parameters) {
            return count;
        }

        @Override
        public String toString() {
            return Long.toString(count);
        }
    }

    /** A policy parameter that holds the number of days. */
    record Parameter(String name) implements DayLimit {
        @Override
        public long days(Map<String, Object> parameters) {
            if (parameters.get(name) instanceof Long days) {
                return days;
            }
            throw new IllegalStateException("validation guarantees a whole number for " + this);
        }

        @Override
        public String toString() {
            return PREFIX + name;
        }
    }

    /** {@code 30} or {@code policy.name}; null for anything else. */
    static @Nullable DayLimit parse(String text) {
        if (text.startsWith(PREFIX) && text.length() > PREFIX.length()) {
            return new Parameter(text.substring(PREFIX.length()));
        }
        try {
            return new Days(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
