package io.github.soc2kit.core.render;

import io.github.soc2kit.core.diag.PolicyLoadException;
import io.github.soc2kit.core.model.Policy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown text to HTML with commonmark-java. HTML written in the text is escaped, so it shows as text and no
 * script reaches the site, and links and images keep only {@code http}, {@code https}, {@code mailto} and relative
 * targets ({@code javascript:} and {@code data:} are dropped). Policy text
 * has its {@code {{name}}} placeholders replaced by the parameter values first, in one pass; nothing is evaluated.
 */
final class Markdown {

    /**
     * How many characters the text of one policy may have once its parameter values are substituted: twice the
     * largest policy file, so that only placeholders repeating long values reach it.
     */
    static final int POLICY_TEXT_LIMIT = 8 * 1024 * 1024;

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

    /**
     * The HTML of each section of the policy's text, its placeholders replaced by the parameter values. The size of
     * the substituted text is counted before any of it is built.
     *
     * @throws PolicyLoadException at the section whose text would take the policy past {@link #POLICY_TEXT_LIMIT}
     */
    static List<String> policyHtml(Policy policy) {
        long size = 0;
        for (int i = 0; i < policy.sections().size(); i++) {
            size += substitutedLength(policy.sections().get(i).text(), policy.parameters());
            if (size > POLICY_TEXT_LIMIT) {
                throw new PolicyLoadException(
                        policy.origin().at("sections/" + i + "/text"),
                        "policy '" + policy.id() + "' would have more than the limit of "
                                + String.format(Locale.ROOT, "%,d", POLICY_TEXT_LIMIT)
                                + " characters of text once its parameter values are substituted; use shorter values"
                                + " or fewer placeholders");
            }
        }
        return policy.sections().stream()
                .map(section -> html(substitute(section.text(), policy.parameters())))
                .toList();
    }

    /** Replaces each {@code {{name}}} by the value of parameter {@code name}; unknown names stay as written. */
    static String substitute(String text, Map<String, Object> parameters) {
        return Policy.PLACEHOLDER
                .matcher(text)
                .replaceAll(match -> Matcher.quoteReplacement(replacement(match, parameters)));
    }

    /** The length of {@link #substitute}'s result, without building it. */
    private static long substitutedLength(String text, Map<String, Object> parameters) {
        long length = text.length();
        Matcher m = Policy.PLACEHOLDER.matcher(text);
        while (m.find()) {
            length += replacement(m, parameters).length() - (m.end() - m.start());
        }
        return length;
    }

    private static String replacement(MatchResult placeholder, Map<String, Object> parameters) {
        Object value = parameters.get(placeholder.group(1));
        return value == null ? placeholder.group() : text(value);
    }

    /** A parameter value as written in text: {@code 2}, {@code 0.05}, {@code true}, {@code quarterly}. */
    static String text(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
