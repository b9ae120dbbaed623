package io.github.soc2kit.core.evidence.format;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one object that {@link TokenReader} read: its names in file order, which the objects with the same
 * names share ({@link Shapes.Layout}), and an array of its values. Fields that an adapter adds after reading follow in
 * a map of their own. A value can be replaced and a field added, none removed.
 */
final class Fields extends AbstractMap<String, @Nullable Object> {

    private final Shapes.Layout layout;
    private final @Nullable Object[] values;
    private @Nullable Map<String, @Nullable Object> added;

    Fields(Shapes.Layout layout, @Nullable Object[] values) {
        this.layout = layout;
        this.values = values;
    }

    @Override
    public int size() {
        return values.length + (added == null ? 0 : added.size());
    }

    @Override
    public boolean containsKey(Object key) {
        return layout.index().containsKey(key) || added != null && added.containsKey(key);
    }

    @Override
    public @Nullable Object get(Object key) {
        Integer at = layout.index().get(key);
        if (at != null) {
            return values[at];
        }
        return added == null ? null : added.get(key);
    }

    @Override
    public @Nullable Object getOrDefault(Object key, @Nullable Object fallback) {
        Integer at = layout.index().get(key);
        if (at != null) {
            return values[at];
        }
        return added == null ? fallback : added.getOrDefault(key, fallback);
    }

    @Override
    public @Nullable Object put(String key, @Nullable Object value) {
        Integer at = layout.index().get(key);
        if (at != null) {
            Object old = values[at];
            values[at] = value;
            return old;
        }
        if (added == null) {
            added = new LinkedHashMap<>();
        }
        return added.put(key, value);
    }

    @Override
    public Set<Entry<String, @Nullable Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return Fields.this.size();
            }

            @Override
            public Iterator<Entry<String, @Nullable Object>> iterator() {
                Iterator<Entry<String, @Nullable Object>> more =
                        added == null ? null : added.entrySet().iterator();
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length || more != null && more.hasNext();
                    }

                    @Override
                    public Entry<String, @Nullable Object> next() {
                        if (next < values.length) {
                            return new Field(next++);
                        }
                        if (more == null) {
                            throw new NoSuchElementException();
                        }
                        return more.next();
                    }
                };
            }
        };
    }

    /** The field at {@code at}, whose value may be replaced. */
    private final class Field implements Entry<String, @Nullable Object> {
        private final int at;

        Field(int at) {
            this.at = at;
        }

        @Override
        public String getKey() {
            return layout.names()[at];
        }

        @Override
        public @Nullable Object getValue() {
            return values[at];
        }

        @Override
        public @Nullable Object setValue(@Nullable Object value) {
            Object old = values[at];
            values[at] = value;
            return old;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Entry<?, ?> e
                    && getKey().equals(e.getKey())
                    && Objects.equals(getValue(), e.getValue());
        }

        @Override
        public int hashCode() {
            return getKey().hashCode() ^ Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return getKey() + "=" + getValue();
        }
    }
}
