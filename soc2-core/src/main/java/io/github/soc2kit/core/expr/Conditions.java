package io.github.soc2kit.core.expr;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelExpr.ExprKind;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.navigation.CelNavigableExpr;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.values.NullValue;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.parser.CelUnparser;
import dev.cel.parser.CelUnparserFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelEvaluationExceptionBuilder;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import io.github.soc2kit.core.diag.Wording;
import io.github.soc2kit.core.model.ControlTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Compiles and evaluates the CEL conditions of control tests ({@code where}, {@code require}). Each expression
 * is parsed and type-checked once; a typo is a compile error with its column, not a failure halfway through
 * the evidence. Conditions see three variables: {@code record} (the evidence record's fields), {@code policy}
 * (the policy's parameters) and {@code period} ({@code start} and {@code end} as YYYY-MM-DD text), and one
 * function besides CEL's standard ones: {@code days_between(from, to)}, the calendar days from one date or
 * timestamp (as written in the export) to another, for example
 * {@code days_between(record.oldest_active_key_rotated, period.end) <= policy.key_rotation_days}.
 * Work is bounded, since conditions come with pull requests from anyone: a macro inside another one over the
 * record's lists does not compile, and one evaluation stops after {@link #MAX_ITERATIONS} macro iterations.
 * The simplest conditions are answered in plain Java ({@link QuickCondition}) where the answer is surely CEL's.
 * One instance serves one verification at a time.
 */
public final class Conditions {

    static final String DAYS_BETWEEN = "days_between";
    private static final String DAYS_BETWEEN_OVERLOAD = "days_between_string_string";

    /** The most iterations of all, exists, map and filter in one evaluation of a condition on one record. */
    static final int MAX_ITERATIONS = 10_000;

    private final CelCompiler compiler = CelCompilerFactory.standardCelCompilerBuilder()
            .addVar("record", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .addVar("policy", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .addVar("period", MapType.create(SimpleType.STRING, SimpleType.STRING))
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .setOptions(CelOptions.current().populateMacroCalls(true).build()) // to unparse parts with macros
            .addFunctionDeclarations(CelFunctionDecl.newFunctionDeclaration(
                    DAYS_BETWEEN,
                    CelOverloadDecl.newGlobalOverload(
                            DAYS_BETWEEN_OVERLOAD, SimpleType.INT, SimpleType.STRING, SimpleType.STRING)))
            .setResultType(SimpleType.BOOL)
            .build();
    /** Built when CEL first evaluates a condition: validation, and a verification that Java answers, never need it. */
    private @Nullable CelRuntime runtime;

    private static final String AND = "_&&_";
    private static final String INDEX = "_[_]";
    private static final CelUnparser UNPARSER = CelUnparserFactory.newUnparser();

    /** How the parser names the end of the text. */
    private static final String EOF = "<EOF>";

    private static final Pattern UNKNOWN_CHARACTER =
            Pattern.compile("token recognition error at: '(.).*'", Pattern.DOTALL);
    private static final Pattern MISSING = Pattern.compile("missing '(.+)' at '(.+)'");
    private static final Pattern UNEXPECTED = Pattern.compile(
            "(?:mismatched input|extraneous input|no viable alternative at input) '(.+?)'(?: expecting .*)?",
            Pattern.DOTALL);

    /** Words people write for CEL's operators. */
    private static final Map<String, String> OPERATORS = Map.of("and", "&&", "or", "||", "not", "!");

    /**
     * The value of a record field that no condition reads, which the reader skipped: the record keeps its name for
     * hints, and conditions never see it.
     */
    public static final Object UNREAD = new Object() {
        @Override
        public String toString() {
            return "(not read)";
        }
    };

    private final Map<String, Compiled> cache = new ConcurrentHashMap<>();
    private @Nullable Map<String, @Nullable Object> lastRecord;
    private Object lastCelRecord = Map.of();

    /** A compiled condition, or the reason it does not compile. */
    public record Compiled(
            @Nullable Condition condition, @Nullable String error) {}

    /**
     * Conditions whose compiler has compiled once. CEL loads its parser and type checker at the first compile, a
     * quarter of a second in a new process, which a caller may spend on a thread of its own.
     */
    public static Conditions prepared() {
        Conditions conditions = new Conditions();
        conditions.compiler.compile(WARM_UP); // not cached: it is no condition of the repository
        return conditions;
    }

    /** What {@link #prepared} compiles: a condition of the forms conditions use, so that CEL loads what they need. */
    static final String WARM_UP = "record.a.b == 'x' && !(record.c != null || record.d.exists(e, e.f >= 1.5))"
            + " || days_between(record.g, period.end) <= policy.h";

    /** Compiles {@code expression} (cached); never throws for a bad expression. */
    public Compiled compile(String expression) {
        return cache.computeIfAbsent(expression, this::doCompile);
    }

    private Compiled doCompile(String expression) {
        CelValidationResult result = compiler.compile(expression);
        if (result.hasError()) {
            CelIssue first = result.getErrors().get(0);
            return new Compiled(
                    null,
                    inOurWords(first.getMessage()) + " (at character "
                            + (first.getSourceLocation().getColumn() + 1) + " of '" + expression + "')");
        }
        try {
            CelAbstractSyntaxTree ast = result.getAst();
            String nested = nestedOverRecords(ast, expression);
            if (nested != null) {
                return new Compiled(null, nested);
            }
            return new Compiled(
                    new Condition(
                            expression, ast, QuickCondition.of(ast), parameters(ast), parts(ast), recordFields(ast)),
                    null);
        } catch (CelValidationException e) {
            return new Compiled(null, e.getMessage());
        }
    }

    private synchronized CelRuntime runtime() {
        if (runtime == null) {
            runtime = CelRuntimeFactory.standardCelRuntimeBuilder()
                    .setOptions(CelOptions.current()
                            .comprehensionMaxIterations(MAX_ITERATIONS)
                            .build())
                    .addFunctionBindings(CelFunctionBinding.from(
                            DAYS_BETWEEN_OVERLOAD, String.class, String.class, Conditions::daysBetween))
                    .build();
        }
        return runtime;
    }

    /**
     * A parser error in words a policy author reads: what is wrong at the column, never the parser's list of the
     * tokens it expected. Errors of the type checker ("undeclared reference to 'x'") are clear as they are.
     */
    private static String inOurWords(String message) {
        Matcher unknown = UNKNOWN_CHARACTER.matcher(message);
        if (unknown.matches()) {
            char c = unknown.group(1).charAt(0);
            return switch (c) {
                case '=' -> "'=' alone is no operator: compare with '=='";
                case '&' -> "'&' alone is no operator: write '&&' for and";
                case '|' -> "'|' alone is no operator: write '||' for or";
                case '\'', '"' -> "a quote opened here is not closed";
                default -> "'" + c + "' has no meaning in a condition";
            };
        }
        Matcher missing = MISSING.matcher(message);
        if (missing.matches()) {
            return "'" + missing.group(1) + "' is missing"
                    + (missing.group(2).equals(EOF) ? " at the end" : " before '" + missing.group(2) + "'");
        }
        Matcher unexpected = UNEXPECTED.matcher(message);
        if (unexpected.matches()) {
            String token = unexpected.group(1);
            if (token.equals(EOF)) {
                return "the condition ends too early: a value or a closing bracket is missing at its end";
            }
            String operator = OPERATORS.get(token.toLowerCase(Locale.ROOT));
            return "unexpected '" + token + "'" + (operator == null ? "" : ": write '" + operator + "' for " + token);
        }
        return message.replaceFirst(" expecting .*", "");
    }

    /**
     * Why the expression may not run: a macro (all, exists, exists_one, map, filter) inside another one's predicate
     * whose list comes from the record, so that its work multiplies with the size of each list an export holds;
     * null when there is none. A macro over a list of the policy inside one over the record is fine.
     */
    private static @Nullable String nestedOverRecords(CelAbstractSyntaxTree ast, String expression) {
        for (CelExpr outer : comprehensions(ast.getExpr())) {
            CelExpr.CelComprehension loop = outer.comprehension();
            for (CelExpr body : List.of(loop.loopCondition(), loop.loopStep(), loop.result())) {
                for (CelExpr inner : comprehensions(body)) {
                    if (!readsOnly(inner.comprehension().iterRange(), Set.of("policy", "period"))) {
                        int offset = ast.getSource().getPositionsMap().getOrDefault(inner.id(), 0);
                        return "a macro such as all, exists or map inside another one over the record's lists makes"
                                + " the work multiply with each list's size, which soc2kit does not allow (at character "
                                + (offset + 1) + " of '" + expression + "')";
                    }
                }
            }
        }
        return null;
    }

    private static List<CelExpr> comprehensions(CelExpr root) {
        return CelNavigableExpr.fromExpr(root)
                .allNodes()
                .map(CelNavigableExpr::expr)
                .filter(e -> e.getKind() == ExprKind.Kind.COMPREHENSION)
                .toList();
    }

    /** Whether every variable {@code expr} reads is one of {@code names}. */
    private static boolean readsOnly(CelExpr expr, Set<String> names) {
        return CelNavigableExpr.fromExpr(expr)
                .allNodes()
                .map(CelNavigableExpr::expr)
                .filter(e -> e.getKind() == ExprKind.Kind.IDENT)
                .allMatch(e -> names.contains(e.ident().name()));
    }

    /**
     * The conjuncts of a condition ({@code a && b && c} has three; any other condition is one), each as CEL text with
     * the record fields it reads.
     */
    private static List<Part> parts(CelAbstractSyntaxTree ast) {
        List<CelExpr> conjuncts = new ArrayList<>();
        conjuncts(ast.getExpr(), conjuncts);
        return conjuncts.stream()
                .map(e -> new Part(UNPARSER.unparse(CelAbstractSyntaxTree.newParsedAst(e, ast.getSource())), fields(e)))
                .toList();
    }

    private static void conjuncts(CelExpr expr, List<CelExpr> into) {
        if (expr.getKind() == ExprKind.Kind.CALL && expr.call().function().equals(AND)) {
            expr.call().args().forEach(arg -> conjuncts(arg, into));
        } else {
            into.add(expr);
        }
    }

    /** The dotted record fields {@code expr} reads ({@code record.a.b} as {@code a.b}), longest paths only, sorted. */
    private static Set<String> fields(CelExpr expr) {
        Set<String> paths = new TreeSet<>();
        CelNavigableExpr.fromExpr(expr).allNodes().map(CelNavigableExpr::expr).forEach(e -> {
            String path = recordPath(e);
            if (path != null) {
                paths.add(path);
            }
        });
        paths.removeIf(path -> paths.stream().anyMatch(other -> other.startsWith(path + ".")));
        return paths;
    }

    /** The record field {@code expr} reads, {@code record.a.b} or {@code record['Review Date']}, or null. */
    private static @Nullable String recordPath(CelExpr expr) {
        List<String> selected = selection(expr);
        return selected == null || selected.size() < 2 || !selected.get(0).equals("record")
                ? null
                : String.join(".", selected.subList(1, selected.size()));
    }

    /**
     * The variable {@code expr} starts from and the names it selects below it, in order ({@code record.a['b c']} as
     * {@code record}, {@code a}, {@code b c}), or null when it is anything but a variable, its fields and indexes by a
     * text. A {@code has()} test of a field counts as selecting it.
     */
    static @Nullable List<String> selection(CelExpr expr) {
        List<String> names = new ArrayList<>();
        CelExpr at = expr;
        while (at.getKind() != ExprKind.Kind.IDENT) {
            if (at.getKind() == ExprKind.Kind.SELECT) {
                names.add(0, at.select().field());
                at = at.select().operand();
            } else if (at.getKind() == ExprKind.Kind.CALL
                    && at.call().function().equals(INDEX)
                    && at.call().args().get(1).getKind() == ExprKind.Kind.CONSTANT
                    && at.call().args().get(1).constant().getKind() == CelConstant.Kind.STRING_VALUE) {
                names.add(0, at.call().args().get(1).constant().stringValue());
                at = at.call().args().get(0);
            } else {
                return null;
            }
        }
        names.add(0, at.ident().name());
        return names;
    }

    /**
     * Every record field {@code ast} reads, as the longest dotted paths it names ({@code record.a.b} as {@code a.b},
     * not {@code a} as a whole), or null when it uses the record otherwise than by naming fields (such as
     * {@code size(record)}), so that it may read any.
     */
    private static @Nullable Set<String> recordFields(CelAbstractSyntaxTree ast) {
        Set<String> paths = new TreeSet<>();
        for (CelNavigableExpr node :
                CelNavigableAst.fromAst(ast).getRoot().allNodes().toList()) {
            CelExpr expr = node.expr();
            String path = recordPath(expr);
            if (path != null
                    && node.parent()
                            .map(parent -> recordPath(parent.expr()) == null)
                            .orElse(true)) {
                paths.add(path);
            }
            if (expr.getKind() == ExprKind.Kind.IDENT
                    && expr.ident().name().equals("record")
                    && node.parent()
                            .map(parent -> recordPath(parent.expr()) == null)
                            .orElse(true)) {
                return null;
            }
        }
        return paths;
    }

    /** One conjunct of a condition and the record fields it reads. */
    private record Part(String expression, Set<String> fields) {}

    /** The names of the policy parameters an expression reads as {@code policy.name}, sorted. */
    private static Set<String> parameters(CelAbstractSyntaxTree ast) {
        return CelNavigableAst.fromAst(ast)
                .getRoot()
                .allNodes()
                .map(CelNavigableExpr::expr)
                .filter(e -> e.getKind() == ExprKind.Kind.SELECT)
                .map(CelExpr::select)
                .filter(select -> select.operand().getKind() == ExprKind.Kind.IDENT
                        && select.operand().ident().name().equals("policy"))
                .map(CelExpr.CelSelect::field)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The policy parameters a control test reads: in its conditions (those that compile) and as its day limit.
     * The one answer to that question, for the checks' wording, the drift preview and the rendered test.
     */
    public Set<String> parameters(ControlTest test) {
        Set<String> names = new TreeSet<>();
        for (ControlTest.Ref ref : test.conditions()) {
            Condition condition = compile(ref.value()).condition();
            if (condition != null) {
                names.addAll(condition.parameters());
            }
        }
        test.dayLimitParameters().values().forEach(limit -> names.add(limit.name()));
        if (test.cadenceParameter() != null) {
            names.add(test.cadenceParameter());
        }
        return names;
    }

    /** A compiled, type-checked condition, ready to evaluate on many records. */
    public final class Condition {
        private final String expression;
        private final CelAbstractSyntaxTree ast;
        private volatile CelRuntime.@Nullable Program program;
        private final @Nullable QuickCondition quick;
        private final Set<String> parameters;
        private final List<Part> parts;
        private final @Nullable Set<String> fields;

        Condition(
                String expression,
                CelAbstractSyntaxTree ast,
                @Nullable QuickCondition quick,
                Set<String> parameters,
                List<Part> parts,
                @Nullable Set<String> fields) {
            this.expression = expression;
            this.ast = ast;
            this.quick = quick;
            this.parameters = Collections.unmodifiableSortedSet(new TreeSet<>(parameters));
            this.parts = parts;
            this.fields = fields == null ? null : Collections.unmodifiableSet(fields);
        }

        /** The record fields it reads as dotted paths, or null when it may read any (it uses the record whole). */
        public @Nullable Set<String> fields() {
            return fields;
        }

        /**
         * Which parts of the condition a record fails and the values it had, for example
         * {@code 'record.enforce_admins.enabled == true' fails: enforce_admins.enabled is false}; the conjuncts of an
         * {@code &&} are judged one by one, a part that cannot be evaluated counts as failing.
         */
        public String explain(
                Map<String, @Nullable Object> record, Map<String, Object> policy, Map<String, String> period) {
            List<String> failing = new ArrayList<>();
            for (Part part : parts) {
                Condition single =
                        parts.size() == 1 ? this : compile(part.expression()).condition();
                boolean holds;
                try {
                    holds = single != null && single.test(record, policy, period);
                } catch (ConditionException e) {
                    holds = false;
                }
                if (!holds) {
                    String values = part.fields().stream()
                            .map(field -> field + " is " + shown(field, record))
                            .collect(Collectors.joining(", "));
                    failing.add("'" + part.expression() + "' fails" + (values.isEmpty() ? "" : ": " + values));
                }
            }
            return failing.isEmpty() ? "'" + expression + "' fails" : String.join("; ", failing);
        }

        public String expression() {
            return expression;
        }

        /** The policy parameters it reads, sorted. */
        public Set<String> parameters() {
            return parameters;
        }

        /**
         * Evaluates the condition.
         *
         * @throws ConditionException when the record lacks a field the condition reads, or a value has the wrong type
         */
        public boolean test(
                Map<String, @Nullable Object> record, Map<String, Object> policy, Map<String, String> period) {
            return quickly(record, policy, period) instanceof Boolean answer
                    ? answer
                    : testWithCel(record, policy, period);
        }

        /** The answer in plain Java where it is surely CEL's, else {@link QuickCondition#UNSURE}. */
        Object quickly(Map<String, @Nullable Object> record, Map<String, Object> policy, Map<String, String> period) {
            return quick == null ? QuickCondition.UNSURE : quick.test(record, policy, period);
        }

        /** {@link #test} by CEL alone. */
        boolean testWithCel(
                Map<String, @Nullable Object> record, Map<String, Object> policy, Map<String, String> period) {
            Map<String, Object> variables = new HashMap<>(4);
            variables.put("record", celRecord(record));
            variables.put("policy", policy);
            variables.put("period", period);
            try {
                CelRuntime.Program cel = program;
                if (cel == null) {
                    cel = runtime().createProgram(ast);
                    program = cel;
                }
                Object result = cel.eval(variables);
                if (result instanceof Boolean b) {
                    return b;
                }
                throw new ConditionException("'" + expression + "' did not give true or false");
            } catch (CelEvaluationException e) {
                throw new ConditionException(cleanMessage(e.getMessage()), e);
            }
        }
    }

    /** A record field as a condition saw it: {@code false}, {@code 'text'}, or {@code missing}. */
    private static String shown(String path, Map<String, @Nullable Object> record) {
        Object value = record;
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map) || !map.containsKey(part)) {
                return "missing";
            }
            value = map.get(part);
        }
        if (value == null) {
            return "null";
        }
        return value instanceof CharSequence text
                ? "'" + Wording.clipped(text.toString()) + "'"
                : Wording.clipped(value.toString());
    }

    /** A condition could not be evaluated on a record. */
    public static final class ConditionException extends RuntimeException {
        ConditionException(String message) {
            super(message);
        }

        ConditionException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static String cleanMessage(@Nullable String message) {
        if (message == null) {
            return "evaluation failed";
        }
        String cleaned = message.replaceFirst("^evaluation error at <input>:\\d+: ", "");
        return cleaned.endsWith(".") ? cleaned.substring(0, cleaned.length() - 1) : cleaned;
    }

    /** Calendar days from {@code from} to {@code to} (negative when {@code to} is earlier), UTC for timestamps. */
    static Long daysBetween(String from, String to) throws CelEvaluationException {
        try {
            LocalDate start = Dates.day(from, ZoneOffset.UTC);
            LocalDate end = Dates.day(to, ZoneOffset.UTC);
            if (start == null || end == null) {
                throw CelEvaluationExceptionBuilder.newBuilder(
                                "days_between needs two dates, got '%s' and '%s'",
                                Wording.clipped(from), Wording.clipped(to))
                        .build();
            }
            return ChronoUnit.DAYS.between(start, end);
        } catch (DateTimeParseException e) {
            throw CelEvaluationExceptionBuilder.newBuilder(
                            "days_between: '%s' is not a date or time", Wording.clipped(e.getParsedString()))
                    .build();
        }
    }

    /**
     * The record as CEL sees it, one view however many conditions (where, require; several controls) judge it: the
     * engine hands each record to every condition before it reads the next one. Not for concurrent use.
     */
    private Object celRecord(Map<String, @Nullable Object> record) {
        if (record != lastRecord) {
            lastCelRecord = new CelRecord(record);
            lastRecord = record;
        }
        return lastCelRecord;
    }

    /**
     * Java nulls become CEL's null value, recursively, and {@link #UNREAD} fields are left out; everything else is
     * already a CEL value.
     */
    static Object celValue(@Nullable Object value) {
        if (value == null) {
            return NullValue.NULL_VALUE;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>(map.size() * 2);
            map.forEach((k, v) -> {
                if (v != UNREAD) {
                    copy.put(k, celValue(v));
                }
            });
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(celValue(v)));
            return copy;
        }
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof java.math.BigDecimal d) {
            return d.doubleValue();
        }
        return value;
    }

    /**
     * A record as CEL sees it: a field is converted ({@link #celValue}) when a condition first reads it, and fields
     * that were not read are absent. A condition reads a few fields of a record that may name a hundred.
     */
    private static final class CelRecord extends AbstractMap<Object, Object> {

        private final Map<String, @Nullable Object> fields;
        private final Map<Object, Object> converted = new HashMap<>();
        private @Nullable Set<Entry<Object, Object>> entries;

        CelRecord(Map<String, @Nullable Object> fields) {
            this.fields = fields;
        }

        @Override
        public boolean containsKey(Object key) {
            Object value = fields.get(key);
            return value != null ? value != UNREAD : fields.containsKey(key);
        }

        @Override
        public @Nullable Object get(Object key) {
            return containsKey(key) ? converted.computeIfAbsent(key, k -> celValue(fields.get(k))) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            if (entries == null) {
                @SuppressWarnings("unchecked")
                Map<Object, Object> whole = (Map<Object, Object>) celValue(fields);
                entries = whole.entrySet();
            }
            return entries;
        }
    }
}
