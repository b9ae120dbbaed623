package io.github.soc2kit.core.report;

import io.github.soc2kit.core.assess.ControlResult;
import io.github.soc2kit.core.diag.Wording;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.UnaryOperator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Formatting shared by the report formats: percentages, capped key lists, rounded rates and stable JSON. */
final class Text {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET) // the caller closes what it opened
            .build();

    // two-space indent and '\n' on every platform; arrays one element a line, so diffs stay small
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter PRETTY = JSON.writer()
            .with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""))
                    .withObjectIndenter(INDENT)
                    .withArrayIndenter(INDENT));

    private Text() {}

    /** A rate rounded to 4 decimals, written as a plain JSON number ({@code 0.0073}, never {@code 7.3E-3}). */
    static BigDecimal rounded(double rate) {
        return BigDecimal.valueOf(rate).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** "3 of 412 (0.7 %, tolerable 2.0 %)". */
    static String rate(ControlResult control) {
        return control.deviations() + " of " + control.population() + " (" + Wording.percent(control.deviationRate())
                + ", tolerable " + Wording.percent(control.tolerableRate()) + ")";
    }

    /** "2025-Q4 on time, 2026-Q1 late by 41 days, 2026-Q2 missed", each label passed through {@code escape}. */
    static String occurrences(ControlResult control, UnaryOperator<String> escape) {
        return String.join(", ", occurrenceList(control, escape));
    }

    /** Each occurrence as "2026-Q1 late by 41 days", its label passed through {@code escape}. */
    static List<String> occurrenceList(ControlResult control, UnaryOperator<String> escape) {
        return control.occurrences().stream()
                .map(o -> escape.apply(o.period()) + " " + o.brief())
                .toList();
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** Pretty JSON in insertion order, ending with one '\n'. */
    static String json(JsonNode root) {
        return PRETTY.writeValueAsString(root) + "\n";
    }

    /** {@link #json} written to {@code out} as it is made. */
    static void json(JsonNode root, Writer out) throws IOException {
        try {
            PRETTY.writeValue(out, root);
        } catch (JacksonIOException e) {
            throw e.getCause(); // the writer's own failure, which the caller reports by file
        }
        out.write('\n');
    }
}
