package io.github.soc2kit.core.report;

import io.github.soc2kit.core.diag.ReportWriter;
import io.github.soc2kit.core.diag.Wording;
import io.github.soc2kit.core.diff.SemanticDiff;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reports of {@code soc2:diff}: console lines, {@code diff.md} (a pull-request comment) and {@code diff.json}.
 * Changes keep the order of the comparison (policies, then controls, then criteria, each by id). {@code diff.json}
 * starts with its {@code formatVersion} and is described by the JSON Schema
 * {@code soc2kit/schema/v1/report/diff.schema.json} of {@code soc2-policy-schema}.
 */
public final class DiffReport {

    public static final String MARKDOWN = "diff.md";
    public static final String JSON = "diff.json";

    /** The version of the format of {@code diff.json}; raised by a change that breaks a reader. */
    public static final int FORMAT_VERSION = 1;

    private DiffReport() {}

    public static List<Path> writeAll(SemanticDiff.Summary summary, Path outputDirectory) {
        Path md = outputDirectory.resolve(MARKDOWN);
        Path json = outputDirectory.resolve(JSON);
        ReportWriter.writeAtomically(md, markdown(summary));
        ReportWriter.writeAtomically(json, json(summary));
        return List.of(md, json);
    }

    private static String base(SemanticDiff.Summary summary) {
        return summary.ref() + " (" + summary.commit().substring(0, 7) + ")";
    }

    private static String headline(SemanticDiff.Summary summary) {
        long loosening = summary.loosening();
        int total = summary.changes().size();
        if (total == 0) {
            return "no change to policies or controls";
        }
        return Wording.plural(total, "change") + ", " + (loosening == 0 ? "none" : Wording.count(loosening))
                + (loosening == 1 ? " loosens" : " loosen") + " a control";
    }

    public static List<String> console(SemanticDiff.Summary summary) {
        List<String> lines = new ArrayList<>();
        lines.add("soc2 diff against " + base(summary) + ": " + headline(summary));
        for (SemanticDiff.Change change : summary.changes()) {
            lines.add(String.format(
                    java.util.Locale.ROOT, "  %-8s %s: %s", change.effect(), change.subject(), change.detail()));
        }
        for (SemanticDiff.Preview preview : summary.previews()) {
            lines.add("  drift preview " + preview(preview));
        }
        summary.notes().forEach(note -> lines.add("  " + note));
        return lines;
    }

    static String preview(SemanticDiff.Preview p) {
        return preview(p, reason -> reason);
    }

    /** The preview line; {@code reason} renders why a side tested nothing (escaped in Markdown, as written on the console). */
    private static String preview(SemanticDiff.Preview p, UnaryOperator<String> reason) {
        String before = result(p.before(), reason);
        String after = result(p.after(), reason);
        if (p.before().untested() == null) {
            before += " deviations";
        } else if (p.after().untested() == null) {
            after += " deviations";
        }
        return p.control() + ": " + before + " under " + p.before().under() + " (base), " + after + " under "
                + p.after().under() + " (this change)";
    }

    /** The deviation rate, or why nothing was tested: 0 % of nothing is no assurance. */
    private static String result(SemanticDiff.Preview.Side side, UnaryOperator<String> reason) {
        return side.untested() != null ? reason.apply(side.untested()) : Wording.percent(side.rate());
    }

    public static String markdown(SemanticDiff.Summary summary) {
        StringBuilder md = new StringBuilder();
        md.append("## soc2:diff against ").append(base(summary)).append("\n\n");
        long loosening = summary.loosening();
        md.append(loosening > 0 ? "**" + headline(summary) + ".**" : headline(summary) + ".")
                .append("\n\n");
        if (!summary.changes().isEmpty()) {
            md.append("| effect | subject | change |\n| --- | --- | --- |\n");
            for (SemanticDiff.Change change : summary.changes()) {
                md.append("| ")
                        .append(change.effect().isEmpty() ? "" : change.effect())
                        .append(" | `")
                        .append(change.subject())
                        .append("` | ")
                        .append(cell(change.detail()))
                        .append(" |\n");
            }
            md.append('\n');
        }
        if (!summary.previews().isEmpty()) {
            md.append("### Drift preview\n\nThe current evidence, as of " + summary.asOf()
                    + ", checked under the base's parameters and tests and under this change's:\n\n");
            summary.previews()
                    .forEach(p -> md.append("- ")
                            .append(preview(p, MarkdownReport::escape))
                            .append('\n'));
            md.append('\n');
        }
        summary.notes().forEach(note -> md.append("> ").append(note).append("\n\n"));
        return md.toString().stripTrailing() + "\n";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    public static String json(SemanticDiff.Summary summary) {
        ObjectNode root = Text.object();
        root.put("formatVersion", FORMAT_VERSION);
        ObjectNode base = root.putObject("base");
        base.put("ref", summary.ref());
        base.put("commit", summary.commit());
        root.put("loosening", summary.loosening());
        ArrayNode changes = root.putArray("changes");
        for (SemanticDiff.Change change : summary.changes()) {
            ObjectNode node = changes.addObject();
            node.put("kind", change.kind());
            node.put("subject", change.subject());
            node.put("detail", change.detail());
            node.put("effect", change.effect());
        }
        if (!summary.asOf().isEmpty()) {
            root.put("asOf", summary.asOf());
        }
        ArrayNode previews = root.putArray("driftPreview");
        for (SemanticDiff.Preview p : summary.previews()) {
            ObjectNode node = previews.addObject();
            node.put("control", p.control());
            side(node.putObject("before"), p.before());
            side(node.putObject("after"), p.after());
        }
        ArrayNode notes = root.putArray("notes");
        summary.notes().forEach(notes::add);
        return Text.json(root);
    }

    private static void side(ObjectNode node, SemanticDiff.Preview.Side side) {
        node.put("under", side.under());
        node.put("population", side.population());
        node.put("rate", Text.rounded(side.rate()));
        if (side.untested() != null) {
            node.put("untested", side.untested());
        }
    }
}
