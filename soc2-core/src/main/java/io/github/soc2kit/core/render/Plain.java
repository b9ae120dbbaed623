package io.github.soc2kit.core.render;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Template data is plain Java: {@link Map}, {@link java.util.List}, {@link String}, {@link Long}, {@link Boolean} and
 * {@link java.math.BigDecimal}. No Jackson type reaches a template.
 */
final class Plain {

    private Plain() {}

    /** A map of the given keys and values, in that order. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
