package io.github.soc2kit.core.evidence.format;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one object that {@link TokenReader} read: its names in file order, which the objects with the same
 * names share ({@link Shapes.Layout}), and an array of its values. Fields that an adapter adds after reading follow in
 * two small arrays of their own. A value can be replaced and a field added, none removed, until the fields are
 * frozen: those of a nested object as soon as it is read, a record's own once it is mapped.
 */
final class Fields extends AbstractMap<String, @Nullable Object> {

    private final Shapes.Layout layout;
    private final @Nullable Object[] values;
    /** The names and values of the fields added after reading, in the order added: the first {@link #added}. */
    private String[] addedNames = NO_NAMES;

    private @Nullable Object[] addedValues = NO_VALUES;
    private int added;
    /** Set once nothing may change: a nested object from its reading on, a record once it is mapped. */
    private boolean frozen;

    private static final String[] NO_NAMES = {};
    private static final Object[] NO_VALUES = {};

    Fields(Shapes.Layout layout, @Nullable Object[] values) {
        this.layout = layout;
        this.values = values;
    }

    /** These fields, which from now on refuse any change. */
    Fields frozen() {
        frozen = true;
        return this;
    }

    private void changing() {
        if (frozen) {
            throw new UnsupportedOperationException(
                    "a record's fields do not change once it is mapped, nor an object's inside it once it is read");
        }
    }

    @Override
    public int size() {
        return values.length + added;
    }

    @Override
    public boolean containsKey(Object key) {
        return layout.index().containsKey(key) || addedAt(key) >= 0;
    }

    @Override
    public @Nullable Object get(Object key) {
        return getOrDefault(key, null);
    }

    @Override
    public @Nullable Object getOrDefault(Object key, @Nullable Object fallback) {
        Integer at = layout.index().get(key);
        if (at != null) {
            return values[at];
        }
        int i = addedAt(key);
        return i < 0 ? fallback : addedValues[i];
    }

    @Override
    public @Nullable Object put(String key, @Nullable Object value) {
        changing();
        Integer at = layout.index().get(key);
        if (at != null) {
            Object old = values[at];
            values[at] = value;
            return old;
        }
        int i = addedAt(key);
        if (i >= 0) {
            Object old = addedValues[i];
            addedValues[i] = value;
            return old;
        }
        if (added == addedNames.length) { // an adapter adds a few fields: no map for them
            addedNames = Arrays.copyOf(addedNames, Math.max(8, 2 * added));
            addedValues = Arrays.copyOf(addedValues, addedNames.length);
        }
        addedNames[added] = key;
        addedValues[added++] = value;
        return null;
    }

    /** Where the added field {@code key} is, or -1. Names keep their hash codes: most names compared differ in them. */
    private int addedAt(@Nullable Object key) {
        if (added == 0 || key == null) {
            return -1;
        }
        int hash = key.hashCode();
        for (int i = 0; i < added; i++) {
            if (addedNames[i].hashCode() == hash && addedNames[i].equals(key)) {
                return i;
            }
        }
        return -1;
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
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size();
                    }

                    @Override
                    public Entry<String, @Nullable Object> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        return new Field(next++);
                    }
                };
            }
        };
    }

    /** The field at {@code at}, counting the fields read and then the added ones; its value may be replaced. */
    private final class Field implements Entry<String, @Nullable Object> {
        private final int at;

        Field(int at) {
            this.at = at;
        }

        @Override
        public String getKey() {
            return at < values.length ? layout.names()[at] : addedNames[at - values.length];
        }

        @Override
        public @Nullable Object getValue() {
            return at < values.length ? values[at] : addedValues[at - values.length];
        }

        @Override
        public @Nullable Object setValue(@Nullable Object value) {
            changing();
            Object old = getValue();
            if (at < values.length) {
                values[at] = value;
            } else {
                addedValues[at - values.length] = value;
            }
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
