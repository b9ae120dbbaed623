package io.github.soc2kit.core.evidence.format;

import io.github.soc2kit.core.evidence.FieldSelection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The lists of names of the objects that one thread reads, shared by the objects with the same names in the same
 * order: a tree whose root is an object's start and whose every path names each field at most once. The records of
 * an export mostly have a few such shapes, so reading one record costs an array of values ({@link Fields}), not a map
 * entry per field (a GitHub pull request names a few hundred fields, most of them not read). Readers of one thread's
 * files share one instance, which no other thread may use. Past {@value #MAX_NAMES} names the tree starts again with
 * the next object, so that an export whose every object has names of its own (ids as names) holds no more than that.
 */
public final class Shapes {

    private static final int MAX_NAMES = 8192;

    private Shape root = new Shape(null, null);
    /** The names held: those of the tree, and those of the shapes that ended an object. */
    private int names;

    /** The shape of an object that has no fields yet. */
    Shape start() {
        if (names > MAX_NAMES) {
            root = new Shape(null, null);
            names = 0;
        }
        return root;
    }

    /** The shape {@code parent} followed by {@code name}, which {@code parent} must not hold. */
    Shape add(Shape parent, String name) {
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
        names++;
        return shape;
    }

    /** {@code shape} as the names of a whole object, with the index that {@link Fields} finds them by. */
    Shape end(Shape shape) {
        if (shape.names == null) {
            String[] list = new String[shape.size];
            Map<String, Integer> index = new HashMap<>(shape.size * 4 / 3 + 1);
            Shape s = shape;
            for (int i = shape.size - 1; i >= 0; i--, s = s.parent) {
                list[i] = s.name;
                index.put(s.name, i);
            }
            shape.index = index;
            shape.names = list;
            names += shape.size;
        }
        return shape;
    }

    /**
     * The names of an object up to one of them. Made and changed only by the thread that reads; {@link #end} prepares
     * what other threads read, before the record leaves that thread.
     */
    static final class Shape {
        private final @Nullable Shape parent;
        private final @Nullable String name;
        final int size;
        /** The child taken last, and all of them once there are two. */
        private @Nullable Shape child;

        private @Nullable Map<String, Shape> children;
        /** Once an object ended here: the names in order, and their positions. */
        String @Nullable [] names;

        Map<String, Integer> index = Map.of();
        /** The selection that this shape's last name was last read with, and what it reads inside that name. */
        private @Nullable FieldSelection selection;

        private @Nullable FieldSelection inside;

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

        /** The names of this shape, in a set to add an object's further names to. */
        Set<String> nameSet() {
            Set<String> set = new HashSet<>();
            for (Shape s = this; s.parent != null; s = s.parent) {
                set.add(s.name);
            }
            return set;
        }
    }
}
