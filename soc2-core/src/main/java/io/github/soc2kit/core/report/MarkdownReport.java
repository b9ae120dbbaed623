package io.github.soc2kit.core.report;

import io.github.soc2kit.core.assess.Assessment;
import io.github.soc2kit.core.assess.ControlResult;
import io.github.soc2kit.core.assess.ControlStatus;
import io.github.soc2kit.core.assess.VerifyReport;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.ReportWriter;
import io.github.soc2kit.core.diag.Wording;
import io.github.soc2kit.core.drift.SourceProvenance;
import io.github.soc2kit.core.evidence.ReadContext.FileDigest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * {@code verify.md}: a summary for a pull-request comment (GitHub-flavoured Markdown). The projected opinion with
 * its disclaimer, the matters, the controls worst first, the deviating records per control (linked to their page
 * when the export gives it: a pull request's or an incident's {@code html_url}), the findings grouped by file (named
 * after the control defined there), and where the evidence came from. A part longer than {@value #FOLD} lines is
 * folded into {@code <details>} under a line that counts what it holds, so the comment opens on the opinion. All user
 * text is escaped, so a title with {@code |} or {@code <} cannot break the table or inject HTML.
 */
public final class MarkdownReport {

    public static final String FILE_NAME = "verify.md";

    private static final String SPECIAL = "\\`*_[]<>|~&#";

    /** A zero-width space: after an '@' it keeps GitHub from reading a mention. */
    private static final char NO_MENTION = '\u200b';

    /** The most lines a part of the comment shows unfolded. */
    static final int FOLD = 15;

    private static final int SHA_LENGTH = 12;
    private static final String NONE = "—";

    private MarkdownReport() {}

    /** Writes {@link #render} to {@code file} atomically and returns it. */
    public static Path write(VerifyReport report, Path file) {
        ReportWriter.writeAtomically(file, render(report));
        return file;
    }

    public static String render(VerifyReport report) {
        List<String> out = new ArrayList<>();
        out.add("# soc2kit verify: " + escape(report.organization()) + " — " + escape(report.system()) + ", "
                + escape(report.periodStart()) + " to " + escape(report.periodEnd()));
        out.add("");
        out.add("**Projected opinion" + (report.asOf().isEmpty() ? "" : " as of " + escape(report.asOf())) + ": "
                + report.assessment().opinion().label() + "** (" + Assessment.DISCLAIMER + ")");
        if (!report.assessment().matters().isEmpty()) {
            out.add("");
            out.add("Matters:");
            out.add("");
            report.assessment().matters().forEach(m -> out.add("- " + escape(m)));
        }
        controls(out, report.controls());
        evidence(out, report.controls());
        findings(out, report);
        sources(out, report.sources(), report.asOf());
        return String.join("\n", out) + "\n";
    }

    private static void controls(List<String> out, List<ControlResult> controls) {
        out.add("");
        out.add("## Controls");
        out.add("");
        if (controls.isEmpty()) {
            out.add("No controls were checked.");
            return;
        }
        List<String> table = new ArrayList<>();
        table.add("| control | title | status | population | deviations | exceptions | rate | tolerable |");
        table.add("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |");
        for (ControlResult c : controls) {
            boolean tested = c.status() != ControlStatus.NOT_TESTED;
            table.add("| " + escape(c.id()) + " | " + escape(c.title()) + " | "
                    + c.status().label()
                    + " | " + c.population() + " | " + c.deviations() + " | " + c.exceptions()
                    + " | " + (tested ? Wording.percent(c.deviationRate()) : NONE)
                    + " | " + Wording.percent(c.tolerableRate()) + " |");
        }
        String tally = ConsoleReport.tally(controls, ", ");
        fold(out, Wording.plural(controls.size(), "control") + ": " + tally, table);
    }

    /** Per control with records to look at: its summary and the first identifiers, worst first. */
    private static void evidence(List<String> out, List<ControlResult> controls) {
        List<String> sections = new ArrayList<>();
        long count = 0;
        for (ControlResult c : controls) {
            if (c.deviationKeys().isEmpty()
                    && c.unlistedDeviations() == 0
                    && c.exceptionKeys().isEmpty()) {
                continue;
            }
            count++;
            sections.add("");
            sections.add("### " + escape(c.id()) + " " + escape(c.title()) + ": "
                    + c.status().label());
            sections.add("");
            sections.add(escape(c.summary()));
            sections.add("");
            if (!c.deviationKeys().isEmpty() || c.unlistedDeviations() > 0) {
                sections.add("- deviations: "
                        + Wording.capped(
                                c.deviationKeys(),
                                c.deviationKeys().size() + c.unlistedDeviations(),
                                Wording.MAX_KEYS,
                                key -> linked(key, c)));
            }
            if (!c.exceptionKeys().isEmpty()) {
                sections.add("- exceptions: " + Wording.capped(c.exceptionKeys(), key -> linked(key, c)));
            }
            if (!c.occurrences().isEmpty()) {
                sections.add("- occurrences: " + Text.occurrences(c, MarkdownReport::escape));
            }
        }
        if (!sections.isEmpty()) {
            out.add("");
            fold(out, "the records of " + Wording.plural(count, "control"), sections.subList(1, sections.size()));
        }
    }

    private static void findings(List<String> out, VerifyReport report) {
        out.add("");
        out.add("## Findings");
        out.add("");
        out.add(capitalize(report.findings().summary()) + ".");
        Map<String, List<String>> controlsByFile = report.controls().stream()
                .collect(Collectors.groupingBy(
                        c -> c.at().path(),
                        LinkedHashMap::new,
                        Collectors.mapping(ControlResult::id, Collectors.toList())));
        Map<String, List<Finding>> byFile = report.findings().findings().stream()
                .collect(Collectors.groupingBy(f -> f.at().path(), LinkedHashMap::new, Collectors.toList()));
        List<String> listed = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            List<String> ids = controlsByFile.getOrDefault(file.getKey(), List.of());
            listed.add("");
            listed.add("### " + code(file.getKey())
                    + (ids.isEmpty()
                            ? ""
                            : " (" + ids.stream().map(MarkdownReport::escape).collect(Collectors.joining(", ")) + ")"));
            listed.add("");
            for (Finding f : file.getValue()) {
                String where = f.at().line() == 0 ? f.at().path() : f.at().path() + ":" + f.at().line();
                listed.add("- " + code(where) + " — " + f.severity().label() + ": " + escape(f.message()) + " ("
                        + code(f.ruleId()) + ")");
                if (f.hint() != null) {
                    listed.add("  hint: " + escape(f.hint()));
                }
            }
        }
        if (!listed.isEmpty()) {
            out.add("");
            int count = report.findings().findings().size();
            fold(out, Wording.plural(count, "finding") + " by file", listed.subList(1, listed.size()));
        }
    }

    private static void sources(List<String> out, List<SourceProvenance> sources, String asOf) {
        if (sources.isEmpty()) {
            return;
        }
        out.add("");
        out.add("## Evidence");
        out.add("");
        List<String> table = new ArrayList<>();
        table.add("| source | records | files | first – last day | sha256 |");
        table.add("| --- | ---: | --- | --- | --- |");
        for (SourceProvenance s : sources) {
            List<FileDigest> shown = s.files().subList(0, Math.min(s.files().size(), Wording.MAX_KEYS));
            String more = s.files().size() > shown.size()
                    ? "<br>and " + (s.files().size() - shown.size()) + " more, in `" + JsonReport.FILE_NAME + "`"
                    : "";
            String files = s.files().isEmpty()
                    ? NONE
                    : shown.stream().map(d -> cell(code(d.path()))).collect(Collectors.joining("<br>")) + more;
            String hashes = s.files().isEmpty()
                    ? NONE
                    : shown.stream().map(MarkdownReport::shortSha).collect(Collectors.joining("<br>"))
                            + (more.isEmpty() ? "" : "<br>…");
            String period = s.first() == null && s.last() == null ? NONE : orNone(s.first()) + " – " + orNone(s.last());
            if (s.exportedOn() != null) {
                period += "<br>exported " + s.exportedOn() + age(s.exportedOn(), asOf);
            }
            if (s.later() > 0) {
                period += "<br>" + s.later() + " after the as-of date, not judged";
            }
            String id = escape(s.id()) + (s.joinedInto() == null ? "" : "<br>joined into " + escape(s.joinedInto()));
            table.add("| " + id + " | " + s.records() + " | " + files + " | " + period + " | " + hashes + " |");
        }
        fold(out, Wording.plural(sources.size(), "source"), table);
    }

    /**
     * {@code lines}, folded into {@code <details>} under {@code summary} (plain text, no user value) when there are
     * more than {@value #FOLD}; GitHub renders Markdown inside once a blank line follows the summary.
     */
    private static void fold(List<String> out, String summary, List<String> lines) {
        if (lines.size() <= FOLD) {
            out.addAll(lines);
            return;
        }
        out.add("<details><summary>" + summary + "</summary>");
        out.add("");
        out.addAll(lines);
        out.add("");
        out.add("</details>");
    }

    /** A record's key as code, a link to its page when the export gives one. */
    private static String linked(String key, ControlResult control) {
        String url = control.links().get(key);
        return url == null
                ? code(key)
                : "[" + code(key) + "](" + url.replace("(", "%28").replace(")", "%29") + ")";
    }

    /** How long before the as-of date an export was taken: ", 12 days before the as-of date". */
    private static String age(LocalDate exported, String asOf) {
        if (asOf.isEmpty()) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(exported, LocalDate.parse(asOf));
        return days <= 0 ? "" : ", " + Wording.plural(days, "day") + " before the as-of date";
    }

    private static String shortSha(FileDigest digest) {
        String sha = digest.sha256();
        return code(sha.length() > SHA_LENGTH ? sha.substring(0, SHA_LENGTH) : sha);
    }

    private static String orNone(@Nullable String value) {
        return value == null ? NONE : escape(value);
    }

    /**
     * User text made inert: one line, every character that Markdown or GitHub treats as syntax inside a line
     * backslash-escaped (including {@code |} for tables), and a leading list or heading marker neutralised.
     */
    static String escape(String text) {
        String line =
                text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').strip();
        StringBuilder s = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean startsBlock = i == 0 && (c == '-' || c == '+' || c == '=');
            if (SPECIAL.indexOf(c) >= 0 || startsBlock) {
                s.append('\\');
            }
            s.append(c);
            if (c == '@' && (i == 0 || !Character.isLetterOrDigit(line.charAt(i - 1)))) {
                s.append(NO_MENTION); // "@octocat" would notify octocat; an email address stays as it is
            }
        }
        // "1. text" at the start of a list item would start a nested ordered list
        int digits = 0;
        while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < s.length() && (s.charAt(digits) == '.' || s.charAt(digits) == ')')) {
            s.insert(digits, '\\');
        }
        return s.toString();
    }

    /** A code span that holds any text: a fence longer than the longest run of backticks inside it. */
    static String code(String text) {
        String line = text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
        int longest = 0;
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            run = line.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = line.startsWith("`") || line.endsWith("`");
        return pad ? fence + " " + line + " " + fence : fence + line + fence;
    }

    /** A code span inside a table cell: GitHub splits cells on '|' even inside code, unless escaped. */
    private static String cell(String markdown) {
        return markdown.replace("|", "\\|");
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
