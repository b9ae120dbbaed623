package io.github.soc2kit.core.report;

import io.github.soc2kit.core.assess.Assessment;
import io.github.soc2kit.core.assess.ControlResult;
import io.github.soc2kit.core.assess.VerifyReport;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.Report;
import io.github.soc2kit.core.diag.ReportWriter;
import io.github.soc2kit.core.diag.Severity;
import io.github.soc2kit.core.drift.Occurrence;
import io.github.soc2kit.core.drift.SourceProvenance;
import io.github.soc2kit.core.evidence.ReadContext.FileDigest;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonSerializable;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code verify.json}: everything in the report, for tools, described by the JSON Schema
 * {@code soc2kit/schema/v1/report/verify.schema.json} of {@code soc2-policy-schema}. {@code formatVersion} comes
 * first; properties appear in the order written here; the findings part ({@code summary}, {@code errors}, {@code warnings}, {@code findings}) has the same shape as
 * {@code validate.json} from {@link #writeFindings} ({@code validate.schema.json}). Rates are numbers rounded to 4 decimals; statuses and
 * opinions are their lower-case labels ({@code "exceptions noted"}, {@code "qualified risk"}).
 */
public final class JsonReport {

    public static final String FILE_NAME = "verify.json";

    /** The version of the format of {@code verify.json} and {@code validate.json}; raised by a change that breaks a reader. */
    public static final int FORMAT_VERSION = 1;

    private JsonReport() {}

    /**
     * Writes {@link #render} to {@code file} atomically, as it is made (at 100,000 evidence files the text alone is
     * 20 MB), and returns it.
     */
    public static Path write(VerifyReport report, Path file) {
        ObjectNode root = tree(report);
        ReportWriter.writeAtomically(file, out -> Text.json(root, out));
        return file;
    }

    public static String render(VerifyReport report) {
        return Text.json(tree(report));
    }

    private static ObjectNode tree(VerifyReport report) {
        ObjectNode root = Text.object();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("organization", report.organization());
        root.put("system", report.system());
        ObjectNode period = root.putObject("period");
        period.put("start", report.periodStart());
        period.put("end", report.periodEnd());
        root.put("asOf", report.asOf());

        ObjectNode assessment = root.putObject("assessment");
        assessment.put("opinion", report.assessment().opinion().label());
        assessment.put("disclaimer", Assessment.DISCLAIMER);
        strings(assessment.putArray("matters"), report.assessment().matters());

        ArrayNode controls = root.putArray("controls");
        for (ControlResult c : report.controls()) {
            ObjectNode node = controls.addObject();
            node.put("id", c.id());
            node.put("title", c.title());
            node.put("status", c.status().label());
            node.put("owner", c.owner());
            node.put("risk", c.risk());
            node.put("kind", c.kind());
            node.put("path", c.at().path());
            node.put("line", c.at().line());
            node.put("column", c.at().column());
            node.put("population", c.population());
            node.put("deviations", c.deviations());
            node.put("exceptions", c.exceptions());
            node.put("deviationRate", Text.rounded(c.deviationRate()));
            node.put("tolerableRate", Text.rounded(c.tolerableRate()));
            node.put("summary", c.summary());
            strings(node.putArray("deviationKeys"), c.deviationKeys());
            if (c.unlistedDeviations() > 0) {
                node.put("unlistedDeviations", c.unlistedDeviations());
            }
            strings(node.putArray("exceptionKeys"), c.exceptionKeys());
            if (!c.links().isEmpty()) {
                ObjectNode links = node.putObject("links");
                Stream.concat(c.deviationKeys().stream(), c.exceptionKeys().stream())
                        .filter(c.links()::containsKey)
                        .forEach(key -> links.put(key, c.links().get(key)));
            }
            node.put("open", c.open());
            node.put("projected", c.projected());
            if (c.population() > 0) {
                node.put("headroom", c.headroom());
            }
            if (!c.occurrences().isEmpty()) {
                ArrayNode occurrences = node.putArray("occurrences");
                for (Occurrence o : c.occurrences()) {
                    ObjectNode occurrence = occurrences.addObject();
                    occurrence.put("period", o.period());
                    occurrence.put("start", o.start().toString());
                    occurrence.put("end", o.end().toString());
                    occurrence.put("due", o.due().toString());
                    occurrence.put("status", o.status().label());
                    occurrence.put("done", o.done() == null ? null : o.done().toString());
                    occurrence.put("daysLate", o.daysLate());
                }
            }
        }

        putFindings(root, report.findings());

        ArrayNode sources = root.putArray("sources");
        for (SourceProvenance s : report.sources()) {
            ObjectNode node = sources.addObject();
            node.put("id", s.id());
            node.put("format", s.format());
            node.put("records", s.records());
            node.put("first", s.first());
            node.put("last", s.last());
            node.put("afterAsOf", s.later());
            node.put("joinedInto", s.joinedInto());
            node.put(
                    "exportedOn", s.exportedOn() == null ? null : s.exportedOn().toString());
            node.putPOJO("files", new FileList(s.files()));
        }
        return root;
    }

    /** {@code validate.json}: the validation findings alone, in the same shape as in {@code verify.json}. */
    public static Path writeFindings(Report findings, Path file) {
        ObjectNode root = Text.object();
        root.put("formatVersion", FORMAT_VERSION);
        putFindings(root, findings);
        ReportWriter.writeAtomically(file, Text.json(root));
        return file;
    }

    private static void putFindings(ObjectNode root, Report findings) {
        root.put("summary", findings.summary());
        root.put("errors", findings.count(Severity.ERROR));
        root.put("warnings", findings.count(Severity.WARNING));
        root.put("notes", findings.count(Severity.NOTE));
        ArrayNode list = root.putArray("findings");
        for (Finding f : findings.findings()) {
            ObjectNode node = list.addObject();
            node.put("rule", f.ruleId());
            node.put("severity", f.severity().label());
            node.put("path", f.at().path());
            node.put("line", f.at().line());
            node.put("column", f.at().column());
            node.put("message", f.message());
            if (f.hint() != null) {
                node.put("hint", f.hint());
            }
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /**
     * A source's files with their digests, written straight to the output as the tree is: at 100,000 evidence files,
     * a tree node for each would hold about 30 MB more while the report is written.
     */
    private record FileList(List<FileDigest> files) implements JacksonSerializable {
        @Override
        public void serialize(JsonGenerator out, SerializationContext context) {
            out.writeStartArray();
            for (FileDigest d : files) {
                out.writeStartObject();
                out.writeStringProperty("path", d.path());
                out.writeStringProperty("sha256", d.sha256());
                out.writeNumberProperty("bytes", d.bytes());
                out.writeEndObject();
            }
            out.writeEndArray();
        }

        @Override
        public void serializeWithType(JsonGenerator out, SerializationContext context, TypeSerializer types) {
            serialize(out, context);
        }
    }
}
