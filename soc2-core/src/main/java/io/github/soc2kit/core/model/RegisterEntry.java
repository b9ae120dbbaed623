package io.github.soc2kit.core.model;

import java.util.Map;

/**
 * One entry of a hand-kept register (exceptions, incidents, handoffs).
 *
 * @param register the register's name: {@code exceptions}, {@code incidents} or {@code handoffs}
 * @param fields the entry's scalar fields as text
 */
public record RegisterEntry(String register, Map<String, String> fields, Origin origin) {

    public RegisterEntry {
        fields = Map.copyOf(fields);
    }

    public String get(String field) {
        return fields.getOrDefault(field, "");
    }
}
