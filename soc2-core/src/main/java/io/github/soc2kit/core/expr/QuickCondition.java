package io.github.soc2kit.core.expr;

import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelExpr.ExprKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The simplest conditions in plain Java, to spare CEL's interpreter a million records: fields of {@code record},
 * {@code policy} and {@code period}, literals, {@code == != < <= > >=}, {@code && || !}. It answers only where CEL
 * surely answers the same: texts, whole numbers, decimals and booleans of one type compared with each other, and
 * null. Anything else it is {@link #UNSURE} about (a missing field, a list, two types, a value CEL would refuse), and
 * the condition goes to CEL, which gives the answer or the error.
 */
final class QuickCondition {

    /** No answer: CEL decides. */
    static final Object UNSURE = new Object();

    /** One node of the expression: a value, or {@link #UNSURE}. */
    private interface Node {
        @Nullable Object eval(Map<String, @Nullable Object> record, Map<String, Object> policy, Map<String, String> period);
    }

    private final Node root;

    private QuickCondition(Node root) {
        this.root = root;
    }

    /** The condition in Java, or null when it uses anything beyond the simple forms. */
    static @Nullable QuickCondition of(CelExpr expr) {
        Node root = node(expr);
        return root == null ? null : new QuickCondition(root);
    }

    /** {@code true} or {@code false} where CEL surely gives the same, else {@link #UNSURE}. */
    Object test(Map<String, @Nullable Object> record, Map<String, Object> policy, Map<String, String> period) {
        Object value = root.eval(record, policy, period);
        return value instanceof Boolean ? value : UNSURE;
    }

    private static @Nullable Node node(CelExpr expr) {
        return switch (expr.getKind()) {
            case CONSTANT -> constant(expr.constant());
            case SELECT -> field(expr);
            case CALL -> isIndex(expr) ? field(expr) : call(expr);
            default -> null;
        };
    }

    private static @Nullable Node constant(CelConstant constant) {
        Object value;
        switch (constant.getKind()) {
            case NULL_VALUE -> value = null;
            case BOOLEAN_VALUE -> value = constant.booleanValue();
            case INT64_VALUE -> value = constant.int64Value();
            case DOUBLE_VALUE -> value = constant.doubleValue();
            case STRING_VALUE -> value = constant.stringValue();
            default -> {
                return null;
            }
        }
        return (record, policy, period) -> value;
    }

    private static boolean isIndex(CelExpr expr) {
        return expr.call().function().equals(Conditions.INDEX);
    }

    /** {@code record.a.b}, {@code record['a b']}, {@code policy.x} or {@code period.end}. */
    private static @Nullable Node field(CelExpr expr) {
        List<String> path = new ArrayList<>();
        CelExpr at = expr;
        while (at.getKind() != ExprKind.Kind.IDENT) {
            if (at.getKind() == ExprKind.Kind.SELECT && !at.select().testOnly()) {
                path.add(0, at.select().field());
                at = at.select().operand();
            } else if (at.getKind() == ExprKind.Kind.CALL
                    && isIndex(at)
                    && at.call().args().get(1).getKind() == ExprKind.Kind.CONSTANT
                    && at.call().args().get(1).constant().getKind() == CelConstant.Kind.STRING_VALUE) {
                path.add(0, at.call().args().get(1).constant().stringValue());
                at = at.call().args().get(0);
            } else {
                return null;
            }
        }
        String[] names = path.toArray(String[]::new);
        return switch (at.ident().name()) {
            case "record" -> (record, policy, period) -> lookup(record, names);
            case "policy" -> (record, policy, period) -> lookup(policy, names);
            case "period" -> (record, policy, period) -> lookup(period, names);
            default -> null;
        };
    }

    /** The value at {@code names} below {@code map}, or {@link #UNSURE} where a name is missing or not read. */
    private static @Nullable Object lookup(Map<String, ?> map, String[] names) {
        Object value = map;
        for (String name : names) {
            if (!(value instanceof Map<?, ?> fields)) {
                return UNSURE;
            }
            value = fields.get(name);
            if (value == null && !fields.containsKey(name) || value == Conditions.UNREAD) {
                return UNSURE;
            }
        }
        return value;
    }

    private static @Nullable Node call(CelExpr expr) {
        CelExpr.CelCall call = expr.call();
        if (call.target().isPresent()) {
            return null;
        }
        List<Node> args = new ArrayList<>();
        for (CelExpr arg : call.args()) {
            Node node = node(arg);
            if (node == null) {
                return null;
            }
            args.add(node);
        }
        return switch (call.function()) {
            case "!_" ->
                (record, policy, period) -> args.get(0).eval(record, policy, period) instanceof Boolean b ? !b : UNSURE;
            case "_&&_" -> logical(args.get(0), args.get(1), false);
            case "_||_" -> logical(args.get(0), args.get(1), true);
            case "_==_" -> compare(args.get(0), args.get(1), Comparison.EQUAL);
            case "_!=_" -> compare(args.get(0), args.get(1), Comparison.NOT_EQUAL);
            case "_<_" -> compare(args.get(0), args.get(1), Comparison.LESS);
            case "_<=_" -> compare(args.get(0), args.get(1), Comparison.LESS_OR_EQUAL);
            case "_>_" -> compare(args.get(0), args.get(1), Comparison.GREATER);
            case "_>=_" -> compare(args.get(0), args.get(1), Comparison.GREATER_OR_EQUAL);
            default -> null;
        };
    }

    /**
     * CEL's {@code &&} ({@code decisive} false) and {@code ||} (true) of two booleans. CEL also lets the decisive
     * value win over an error on the other side, but refuses a value that is no boolean: both are left to it.
     */
    private static Node logical(Node left, Node right, boolean decisive) {
        return (record, policy, period) -> {
            Object a = left.eval(record, policy, period);
            Object b = right.eval(record, policy, period);
            if (!(a instanceof Boolean x) || !(b instanceof Boolean y)) {
                return UNSURE;
            }
            return x == decisive || y == decisive ? decisive : !decisive;
        };
    }

    private enum Comparison {
        EQUAL,
        NOT_EQUAL,
        LESS,
        LESS_OR_EQUAL,
        GREATER,
        GREATER_OR_EQUAL
    }

    private static Node compare(Node left, Node right, Comparison comparison) {
        return (record, policy, period) -> {
            Object a = left.eval(record, policy, period);
            Object b = right.eval(record, policy, period);
            if (a == UNSURE || b == UNSURE) {
                return UNSURE;
            }
            if (comparison == Comparison.EQUAL || comparison == Comparison.NOT_EQUAL) {
                Boolean equal = equal(a, b);
                return equal == null ? UNSURE : equal == (comparison == Comparison.EQUAL);
            }
            Integer order = order(a, b);
            if (order == null) {
                return UNSURE;
            }
            return switch (comparison) {
                case LESS -> order < 0;
                case LESS_OR_EQUAL -> order <= 0;
                case GREATER -> order > 0;
                default -> order >= 0;
            };
        };
    }

    /** Whether two values are equal, or null when CEL might see it otherwise. */
    private static @Nullable Boolean equal(@Nullable Object a, @Nullable Object b) {
        if (a == null || b == null) {
            return a == b ? Boolean.TRUE : plain(a == null ? b : a) ? Boolean.FALSE : null;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x.isNaN() || y.isNaN() ? null : x.doubleValue() == y.doubleValue(); // -0.0 equals 0.0
        }
        return plain(a) && a.getClass() == b.getClass() ? a.equals(b) : null;
    }

    private static boolean plain(@Nullable Object value) {
        return value instanceof String || value instanceof Long || value instanceof Double || value instanceof Boolean;
    }

    /** The order of two numbers or texts of one type (texts as {@link String#compareTo}, as CEL-Java orders them), or null. */
    private static @Nullable Integer order(@Nullable Object a, @Nullable Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof Double x && b instanceof Double y && !x.isNaN() && !y.isNaN()) {
            return x < y ? -1 : x > y ? 1 : 0; // -0.0 and 0.0 are the same
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        return null;
    }
}
