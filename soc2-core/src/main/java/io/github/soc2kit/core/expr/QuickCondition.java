package io.github.soc2kit.core.expr;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelExpr.ExprKind;
import dev.cel.runtime.CelEvaluationException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The simplest conditions in plain Java, to spare CEL's interpreter a million records: fields of {@code record},
 * {@code policy} and {@code period}, literals, {@code == != < <= > >=}, {@code && || !}, {@code days_between} and the
 * {@code exists} macro. It answers only where CEL surely answers the same: texts, whole numbers, decimals and
 * booleans of one type compared with each other, and null. Anything else it is {@link #UNSURE} about (a missing
 * field, two types, a value CEL would refuse), and the condition goes to CEL, which gives the answer or the error.
 */
final class QuickCondition {

    /** No answer: CEL decides. */
    static final Object UNSURE = new Object();

    /**
     * What a node reads: the three variables, the element that an {@code exists} it is inside has bound, and how many
     * elements the evaluation's {@code exists} have had so far, against CEL's budget for one evaluation.
     */
    private record Scope(
            Map<String, @Nullable Object> record,
            Map<String, Object> policy,
            Map<String, String> period,
            @Nullable Object element,
            int[] iterations) {}

    /** One node of the expression: a value, or {@link #UNSURE}. */
    private interface Node {
        @Nullable Object eval(Scope scope);
    }

    private final Node root;

    private QuickCondition(Node root) {
        this.root = root;
    }

    /** The condition in Java, or null when it uses anything beyond the simple forms. */
    static @Nullable QuickCondition of(CelAbstractSyntaxTree ast) {
        Node root = new Builder(ast.getSource().getMacroCalls(), null).node(ast.getExpr());
        return root == null ? null : new QuickCondition(root);
    }

    /** {@code true} or {@code false} where CEL surely gives the same, else {@link #UNSURE}. */
    Object test(Map<String, @Nullable Object> record, Map<String, Object> policy, Map<String, String> period) {
        Object value = root.eval(new Scope(record, policy, period, null, new int[1]));
        return value instanceof Boolean ? value : UNSURE;
    }

    /**
     * Makes the nodes of an expression.
     *
     * @param macros the macro calls of the expression's source, by the id of the comprehension each expands to
     * @param variable the name that the {@code exists} being made binds to each element, or null outside one
     */
    private record Builder(
            Map<Long, CelExpr> macros, @Nullable String variable) {

        @Nullable Node node(CelExpr expr) {
            return switch (expr.getKind()) {
                case CONSTANT -> constant(expr.constant());
                case IDENT, SELECT -> field(expr);
                case CALL -> Conditions.selection(expr) != null ? field(expr) : call(expr);
                case COMPREHENSION -> exists(expr);
                default -> null;
            };
        }

        /** {@code record.a.b}, {@code record['a b']}, {@code policy.x}, {@code period.end}, or the bound element. */
        private @Nullable Node field(CelExpr expr) {
            List<String> selected = Conditions.selection(expr);
            if (selected == null
                    || expr.getKind() == ExprKind.Kind.SELECT && expr.select().testOnly()) {
                return null; // has() tests a field, which no node does
            }
            String name = selected.get(0);
            String[] names = selected.subList(1, selected.size()).toArray(String[]::new);
            if (name.equals(variable)) {
                return scope -> lookup(scope.element(), names);
            }
            if (names.length == 0) {
                return null; // a variable whole
            }
            return switch (name) {
                case "record" -> scope -> lookup(scope.record(), names);
                case "policy" -> scope -> lookup(scope.policy(), names);
                case "period" -> scope -> lookup(scope.period(), names);
                default -> null;
            };
        }

        private @Nullable Node call(CelExpr expr) {
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
                case "!_" -> scope -> args.get(0).eval(scope) instanceof Boolean b ? !b : UNSURE;
                case "_&&_" -> logical(args.get(0), args.get(1), false);
                case "_||_" -> logical(args.get(0), args.get(1), true);
                case "_==_" -> compare(args.get(0), args.get(1), Comparison.EQUAL);
                case "_!=_" -> compare(args.get(0), args.get(1), Comparison.NOT_EQUAL);
                case "_<_" -> compare(args.get(0), args.get(1), Comparison.LESS);
                case "_<=_" -> compare(args.get(0), args.get(1), Comparison.LESS_OR_EQUAL);
                case "_>_" -> compare(args.get(0), args.get(1), Comparison.GREATER);
                case "_>=_" -> compare(args.get(0), args.get(1), Comparison.GREATER_OR_EQUAL);
                case Conditions.DAYS_BETWEEN -> daysBetween(args.get(0), args.get(1));
                default -> null;
            };
        }

        /**
         * {@code list.exists(x, predicate)} with a predicate that is no macro itself (CEL keeps a macro inside a macro
         * as a placeholder, which no node reads): true at the first element whose predicate is true when every one
         * before it was false, false when all are; unsure past CEL's budget of iterations for one evaluation.
         */
        private @Nullable Node exists(CelExpr expr) {
            CelExpr call = macros.get(expr.id());
            if (variable != null
                    || call == null
                    || call.getKind() != ExprKind.Kind.CALL
                    || !call.call().function().equals("exists")
                    || call.call().target().isEmpty()
                    || call.call().args().size() != 2
                    || call.call().args().get(0).getKind() != ExprKind.Kind.IDENT) {
                return null;
            }
            String name = call.call().args().get(0).ident().name();
            Node list = node(call.call().target().get());
            Node predicate = Set.of("record", "policy", "period").contains(name)
                    ? null
                    : new Builder(macros, name).node(call.call().args().get(1));
            if (list == null || predicate == null) {
                return null;
            }
            return scope -> {
                if (!(list.eval(scope) instanceof List<?> elements)) {
                    return UNSURE;
                }
                scope.iterations()[0] += elements.size();
                if (scope.iterations()[0] > Conditions.MAX_ITERATIONS) {
                    return UNSURE;
                }
                for (Object element : elements) {
                    Object holds = predicate.eval(
                            new Scope(scope.record(), scope.policy(), scope.period(), element, scope.iterations()));
                    if (!Boolean.FALSE.equals(holds)) {
                        return Boolean.TRUE.equals(holds) ? Boolean.TRUE : UNSURE;
                    }
                }
                return Boolean.FALSE;
            };
        }
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
        return scope -> value;
    }

    /** The value at {@code names} below {@code value}, or {@link #UNSURE} where a name is missing or not read. */
    private static @Nullable Object lookup(@Nullable Object value, String[] names) {
        Object at = value;
        for (String name : names) {
            if (!(at instanceof Map<?, ?> fields)) {
                return UNSURE;
            }
            at = fields.get(name);
            if (at == null && !fields.containsKey(name)) {
                return UNSURE;
            }
        }
        return at == Conditions.UNREAD ? UNSURE : at;
    }

    /**
     * CEL's {@code &&} ({@code decisive} false) and {@code ||} (true), as CEL-Java evaluates them: a decisive left side
     * decides without the right one; otherwise two booleans give the right one. Where the left side is no boolean or
     * an error, CEL's answer depends on the right one in ways left to it.
     */
    private static Node logical(Node left, Node right, boolean decisive) {
        return scope -> {
            Object a = left.eval(scope);
            if (!(a instanceof Boolean x)) {
                return UNSURE;
            }
            if (x == decisive) {
                return decisive;
            }
            Object b = right.eval(scope);
            return b instanceof Boolean ? b : UNSURE;
        };
    }

    /** {@code days_between(from, to)} of two texts that are dates or times, as {@link Conditions} gives it. */
    private static Node daysBetween(Node from, Node to) {
        return scope -> {
            if (!(from.eval(scope) instanceof String start) || !(to.eval(scope) instanceof String end)) {
                return UNSURE;
            }
            try {
                return Conditions.daysBetween(start, end);
            } catch (CelEvaluationException | DateTimeException e) { // no date, or out of range in UTC: CEL says so
                return UNSURE;
            }
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
        return scope -> {
            Object a = left.eval(scope);
            Object b = right.eval(scope);
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
