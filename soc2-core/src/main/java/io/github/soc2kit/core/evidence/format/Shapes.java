package io.github.soc2kit.core.evidence.format;

import io.github.soc2kit.core.evidence.FieldSelection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The lists of names of the objects that one thread reads, shared by the objects with the same names in the same
 * order: a tree whose root is a record's start and whose every path names each field at most once, and a tree of the
 * same kind for the objects at each place inside a record (its {@code user}, its {@code head.repo}). The records of
 * an export mostly have a few such shapes, so reading one record costs an array of values ({@link Fields}), not a map
 * entry per field (a GitHub pull request names a few hundred fields, most of them not read). An object whose names
 * leave the tree is read with a map of its own names and adds them to the tree when it ends. Past {@value #MAX_NAMES}
 * names the tree starts again with the next record (or the next object whose names leave a tree), so that an export
 * whose every object has names of its own (ids as names) holds no more than that beside the record being read.
 * Readers of one thread's files share one instance, which no other thread may use.
 */
public final class Shapes {

    private static final int MAX_NAMES = 8192;

    private Shape root = new Shape(null, null);
    /**
     * The names held: those of the tree and of its layouts. An object that was being read when the tree started again
     * counts its names here too, though they go to the tree before; that only starts the tree again sooner.
     */
    private int held;
    /** For each depth of objects being read, room for the values of the one at that depth. */
    private @Nullable Object[][] scratch = new Object[4][];

    /** The shape of a record that has no fields yet. */
    Shape start() {
        if (held > MAX_NAMES) {
            root = new Shape(null, null);
            held = 0;
        }
        return root;
    }

    /**
     * The shape of an object that has no fields yet and is the value of {@code shape}'s last name, or in the array
     * there: the objects at one place in a document mostly have the same names and are read with the same selection,
     * so each place has a tree of its own. These trees hang from the record's tree and start again with it; past
     * {@value #MAX_NAMES} names an object inside the record starts a tree that nothing keeps.
     */
    Shape startInside(Shape shape) {
        if (held > MAX_NAMES) {
            return new Shape(null, null);
        }
        if (shape.nested == null) {
            shape.nested = new Shape(null, null);
        }
        return shape.nested;
    }

    /** Room for the values of an object at {@code depth}, which the reader clears once it has copied them. */
    @Nullable Object[] values(int depth) {
        if (depth == scratch.length) {
            scratch = Arrays.copyOf(scratch, depth * 2);
        }
        if (scratch[depth] == null) {
            scratch[depth] = new Object[16];
        }
        return scratch[depth];
    }

    /** Twice the room at {@code depth}, with the values so far. */
    @Nullable Object[] grow(int depth) {
        scratch[depth] = Arrays.copyOf(scratch[depth], scratch[depth].length * 2);
        return scratch[depth];
    }

    /** The layout of an object whose names are those of {@code shape}. */
    Layout end(Shape shape) {
        if (shape.layout == null) {
            String[] names = shape.names();
            shape.layout = new Layout(names, index(names));
            held += names.length;
        }
        return shape.layout;
    }

    /** The position of each of {@code names}, to add an object's further names to. */
    static Map<String, Integer> index(String[] names) {
        Map<String, Integer> index = new HashMap<>(names.length * 4 / 3 + 1);
        for (int i = 0; i < names.length; i++) {
            index.put(names[i], i);
        }
        return index;
    }

    /**
     * The layout of an object whose names begin with those of {@code shape} and are all in {@code index}; the tree
     * learns the others, so that the next object with these names follows it.
     */
    Layout end(Shape shape, Map<String, Integer> index) {
        String[] names = new String[index.size()];
        index.forEach((name, at) -> names[at] = name);
        Layout layout = new Layout(names, index);
        if (names.length - shape.size > MAX_NAMES) {
            return layout; // one object with more names than the tree may hold keeps them to itself
        }
        Shape s = shape;
        for (int i = shape.size; i < names.length; i++) {
            Shape next = s.child(names[i]);
            s = next != null ? next : add(s, names[i]);
        }
        if (s.layout == null) {
            s.layout = layout;
            held += names.length;
        }
        return layout;
    }

    private Shape add(Shape parent, String name) {
        Shape shape = new Shape(parent, name);
        Shape last = parent.child;
        if (last != null) {
            if (parent.children == null) {
                parent.children = new HashMap<>();
                parent.children.put(Objects.requireNonNull(last.name), last);
            }
            parent.children.put(name, shape);
        }
        parent.child = shape;
        held++;
        return shape;
    }

    /**
     * An object's names in order, and the position of each: what {@link Fields} of every thread read. Two layouts are
     * the same only when they are one object (the array compares by identity).
     */
    record Layout(String[] names, Map<String, Integer> index) {}

    /** The names of an object up to one of them. Made, changed and read only by the thread that reads. */
    static final class Shape {
        private final @Nullable Shape parent;
        private final @Nullable String name;
        final int size;
        /** The child taken last, and all of them once there are two. */
        private @Nullable Shape child;

        private @Nullable Map<String, Shape> children;
        /** Once an object ended here. */
        private @Nullable Layout layout;
        /** The selection that this shape's last name was last read with, and what it reads inside that name. */
        private @Nullable FieldSelection selection;

        private @Nullable FieldSelection inside;
        /** Where the names of the objects that are the value of this shape's last name begin. */
        private @Nullable Shape nested;

        private Shape(@Nullable Shape parent, @Nullable String name) {
            this.parent = parent;
            this.name = name;
            this.size = parent == null ? 0 : parent.size + 1;
        }

        /** The shape with {@code name} next, if an object had it before. */
        @Nullable Shape child(String name) {
            Shape last = child;
            if (last != null && (last.name == name || name.equals(last.name))) {
                return last;
            }
            Shape found = children == null ? null : children.get(name);
            if (found != null) {
                child = found;
            }
            return found;
        }

        /**
         * What {@code selection} reads inside this shape's last name: the objects of one place in an export share their
         * shapes, so this asks the selection once, not once a record.
         */
        @Nullable FieldSelection inside(FieldSelection selection) {
            if (this.selection != selection) {
                this.selection = selection;
                inside = selection.inside(Objects.requireNonNull(name));
            }
            return inside;
        }

        /** The names of this shape, in order. */
        String[] names() {
            String[] names = new String[size];
            Shape s = this;
            for (int i = size - 1; i >= 0; i--, s = Objects.requireNonNull(s.parent)) {
                names[i] = Objects.requireNonNull(s.name);
            }
            return names;
        }
    }
}
