package io.github.soc2kit.core.render;

import io.github.soc2kit.core.model.Policy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown text to HTML with commonmark-java. HTML written in the text is escaped, so it shows as text and no
 * script reaches the site, and links and images keep only {@code http}, {@code https}, {@code mailto} and relative
 * targets ({@code javascript:} and {@code data:} are dropped). Policy text
 * has its {@code {{name}}} placeholders replaced by the parameter values first; nothing is evaluated.
 */
final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .build();

    private Markdown() {}

    static String html(String markdown) {
        return HTML.render(PARSER.parse(markdown));
    }

    /** Policy text: placeholders replaced by the policy's parameter values, then rendered. */
    static String policyHtml(String markdown, Map<String, Object> parameters) {
        return html(substitute(markdown, parameters));
    }

    /** Replaces each {@code {{name}}} by the value of parameter {@code name}; unknown names stay as written. */
    static String substitute(String text, Map<String, Object> parameters) {
        Matcher m = Policy.PLACEHOLDER.matcher(text);
        return m.replaceAll(match -> {
            Object value = parameters.get(match.group(1));
            return Matcher.quoteReplacement(value == null ? match.group() : text(value));
        });
    }

    /** A parameter value as written in text: {@code 2}, {@code 0.05}, {@code true}, {@code quarterly}. */
    static String text(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
