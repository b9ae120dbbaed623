package io.github.soc2kit.core.model;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A person of the roster, identified by work email (lower-cased). */
public record Person(
        String email,
        String name,
        String title,
        @Nullable LocalDate start,
        @Nullable LocalDate end,
        Map<String, String> accounts,
        Origin origin) {

    public Person {
        accounts = Map.copyOf(accounts);
    }
}
