package io.github.soc2kit.core.report;

import io.github.soc2kit.core.assess.VerifyReport;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.ReportWriter;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code verify.sarif}: the findings as SARIF 2.1.0, which GitHub code scanning shows as pull-request annotations
 * on the YAML lines. One run; the driver with soc2kit's version and one rule per rule id that fired (sorted) with its
 * catalogue summary, the rationale of its docs page, the page itself as help (Markdown and plain text) and its
 * default severity; one result per finding. Locations are relative URIs against {@code %SRCROOT%}: the root of the
 * git repository that tracks the policy repository (a policy repository in {@code compliance/soc2/} of a monorepo
 * annotates {@code compliance/soc2/controls/A.yaml}), else the policy repository itself; {@code originalUriBaseIds}
 * says which.
 */
public final class SarifReport {

    public static final String FILE_NAME = "verify.sarif";

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/soc2kit/soc2kit";

    private static final String SRCROOT = "%SRCROOT%";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SarifReport() {}

    /** Writes {@link #render} to {@code file} atomically and returns it. */
    public static Path write(VerifyReport report, ReportOrigin origin, Path file) {
        ReportWriter.writeAtomically(file, render(report, origin));
        return file;
    }

    public static String render(VerifyReport report, ReportOrigin origin) {
        ObjectNode root = Text.object();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "soc2kit");
        driver.put("version", origin.version());
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode rules = driver.putArray("rules");
        for (RuleId id : report.findings().rules()) {
            ObjectNode rule = rules.addObject();
            rule.put("id", id.id());
            rule.putObject("shortDescription").put("text", id.summary());
            rule.putObject("fullDescription").put("text", RuleDocs.rationale(id));
            rule.put("helpUri", id.docsUrl());
            ObjectNode help = rule.putObject("help");
            help.put("text", RuleDocs.helpText(id));
            help.put("markdown", RuleDocs.helpMarkdown(id));
            rule.putObject("defaultConfiguration").put("level", id.severity().label());
        }
        run.putObject("originalUriBaseIds")
                .putObject(SRCROOT)
                .putObject("description")
                .put(
                        "text",
                        origin.gitPrefix() == null
                                ? "The policy repository (the folder holding soc2.yaml); no git repository tracks it."
                                : "The root of the git repository that tracks the policy repository.");
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings().findings()) {
            ObjectNode result = results.addObject();
            result.put("ruleId", f.ruleId());
            result.put("level", f.severity().label());
            result.putObject("message").put("text", text(f));
            ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            SourcePosition at = origin.located(f.at());
            artifact.put("uri", uri(at.path()));
            artifact.put("uriBaseId", SRCROOT);
            if (at.line() > 0) {
                ObjectNode region = physical.putObject("region");
                region.put("startLine", at.line());
                if (at.column() > 0) {
                    region.put("startColumn", at.column());
                }
            }
        }
        return Text.json(root);
    }

    /** The message as a sentence, then the hint as a second one: "a is wrong. do b." */
    static String text(Finding f) {
        String text = sentence(f.message());
        return f.hint() == null ? text : text + " " + sentence(f.hint());
    }

    private static String sentence(String s) {
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("?") ? s : s + ".";
    }

    /**
     * A repo-relative path as a relative URI reference: '/' kept, every byte outside RFC 3986's unreserved set
     * percent-encoded (so a space, '#', '%' or a ':' in the first segment cannot change its meaning).
     */
    static String uri(String path) {
        StringBuilder s = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean unreserved = c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~'
                    || c == '/';
            if (unreserved) {
                s.append((char) c);
            } else {
                s.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return s.toString();
    }
}
