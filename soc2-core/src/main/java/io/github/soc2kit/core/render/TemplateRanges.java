package io.github.soc2kit.core.render;

import freemarker.core.TemplateElement;
import freemarker.core.TemplateObject;
import freemarker.template.Template;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Finds the ranges ({@code 1..n}) of a template that a built-in could walk in Java. A loop of a template checks for
 * interruption on each pass, so a {@code <#list 1..n>} stops at the time limit; but {@code (1..n)?join(",")} or
 * {@code ?sort} walks the whole range inside one Java call, which neither the time limit nor the page's output limit
 * can stop, building its result in memory. So a range may be the list of a {@code <#list>} or slice a value
 * ({@code name[0..<3]}, no longer than the value); anywhere else its ends must be written as numbers at most
 * {@link #LIMIT} apart. The bundled templates use no range.
 *
 * <p>Freemarker has no public view of an expression's parts; they are read through the tree-walking methods every
 * element and expression has, which are not public.
 */
final class TemplateRanges {

    /** How many numbers apart the written ends of a range outside {@code <#list>} may be. */
    static final int LIMIT = 10_000;

    private static final Method COUNT = accessible("getParameterCount");
    private static final Method PARAMETER = accessible("getParameterValue", int.class);

    private TemplateRanges() {}

    /** The first range of {@code template} that neither a {@code <#list>} walks nor slices a value, and is not small. */
    static @Nullable TemplateObject unbounded(Template template) {
        return find(template.getRootTreeNode(), false);
    }

    /** @param safe whether {@code node} is what a {@code <#list>} walks or what slices a value (or that, in parentheses) */
    private static @Nullable TemplateObject find(@Nullable Object node, boolean safe) {
        if (!(node instanceof TemplateObject object)) {
            return null;
        }
        String kind = object.getClass().getSimpleName();
        if (kind.equals("Range") && !safe && !small(object)) {
            return object;
        }
        int count = (int) call(COUNT, object);
        for (int i = 0; i < count; i++) {
            boolean walkedOrSlicing = (kind.equals("IteratorBlock") && i == 0)
                    || (kind.equals("DynamicKeyName") && i == 1)
                    || (safe && kind.equals("ParentheticalExpression"));
            TemplateObject found = find(call(PARAMETER, object, i), walkedOrSlicing);
            if (found != null) {
                return found;
            }
        }
        if (object instanceof TemplateElement element) {
            for (int i = 0; i < element.getChildCount(); i++) {
                TemplateObject found = find(element.getChildAt(i), false);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Whether both ends of {@code range} are written numbers at most {@link #LIMIT} apart. */
    private static boolean small(TemplateObject range) {
        Object from = call(PARAMETER, range, 0);
        Object to = call(PARAMETER, range, 1);
        if (!isNumber(from) || !isNumber(to)) {
            return false;
        }
        BigDecimal start = new BigDecimal(((TemplateObject) from).getCanonicalForm());
        BigDecimal end = new BigDecimal(((TemplateObject) to).getCanonicalForm());
        BigDecimal size = range.getCanonicalForm().contains("..*") ? end : end.subtract(start); // 1..*n holds n
        return size.abs().compareTo(BigDecimal.valueOf(LIMIT)) <= 0;
    }

    private static boolean isNumber(@Nullable Object node) {
        return node != null && node.getClass().getSimpleName().equals("NumberLiteral");
    }

    private static Method accessible(String name, Class<?>... parameters) {
        try {
            Method method = TemplateObject.class.getDeclaredMethod(name, parameters);
            method.setAccessible(true);
            return method;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("this Freemarker has no TemplateObject." + name, e);
        }
    }

    private static @Nullable Object call(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read the template's " + method.getName(), e);
        }
    }
}
