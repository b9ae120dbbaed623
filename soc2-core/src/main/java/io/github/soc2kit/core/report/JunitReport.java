package io.github.soc2kit.core.report;

import io.github.soc2kit.core.assess.ControlResult;
import io.github.soc2kit.core.assess.ControlStatus;
import io.github.soc2kit.core.assess.VerifyReport;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.ReportWriter;
import io.github.soc2kit.core.diag.Severity;
import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.diag.Wording;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code TEST-soc2.xml}: JUnit XML in surefire's format, so every CI shows the controls next to the unit tests. One
 * test case per control (class {@value #CLASS_NAME}): a {@link ControlStatus#DEVIATION deviation} is a failure listing
 * the deviating records, {@link ControlStatus#NOT_TESTED not tested} is skipped, {@link ControlStatus#EXCEPTIONS_NOTED
 * exceptions noted} passes with the exceptions in {@code <system-out>}. Then one failing test case per error or warning
 * that no control's test case already shows (class {@value #FINDINGS_CLASS_NAME}: an owner who left, a policy review
 * overdue, an uncovered component, a missing export), so a build that fails never shows only passing tests; notes are
 * left out. Each test case has one location, the same as SARIF's ({@code file} and {@code line}, from the git root
 * when git tracks the policy repository). No timestamps, host names or durations ({@code time="0"}).
 */
public final class JunitReport {

    public static final String FILE_NAME = "TEST-soc2.xml";

    static final String SUITE = "soc2";
    static final String CLASS_NAME = "soc2.controls";
    static final String FINDINGS_CLASS_NAME = "soc2.findings";

    private JunitReport() {}

    /** Writes {@link #render} to {@code file} atomically and returns it. */
    public static Path write(VerifyReport report, ReportOrigin origin, Path file) {
        ReportWriter.writeAtomically(file, render(report, origin));
        return file;
    }

    public static String render(VerifyReport report, ReportOrigin origin) {
        List<Finding> findings = findingCases(report);
        StringWriter out = new StringWriter();
        try {
            // the JDK's own writer, whatever StAX implementation is on the class path: same bytes everywhere
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            attribute(xml, "name", SUITE);
            attribute(xml, "tests", String.valueOf(report.controls().size() + findings.size()));
            attribute(xml, "failures", String.valueOf(count(report, ControlStatus.DEVIATION) + findings.size()));
            attribute(xml, "skipped", String.valueOf(count(report, ControlStatus.NOT_TESTED)));
            attribute(xml, "errors", "0");
            attribute(xml, "time", "0");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("properties");
            property(xml, "soc2.organization", report.organization());
            property(xml, "soc2.system", report.system());
            property(xml, "soc2.period", report.periodStart() + "/" + report.periodEnd());
            property(xml, "soc2.asOf", report.asOf());
            property(xml, "soc2.opinion", report.assessment().opinion().label());
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            for (ControlResult control : report.controls()) {
                testCase(xml, control, origin.located(control.at()));
            }
            for (Finding f : findings) {
                testCase(xml, new Finding(f.rule(), f.severity(), origin.located(f.at()), f.message(), f.hint()));
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            // writing to a StringWriter does no I/O; only a broken StAX setup gets here
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        return out + "\n";
    }

    /**
     * The errors and warnings that no control's failing test case shows, in the report's order: a check that failed
     * leaves its control not tested (a skipped case), so its finding is a failing case of its own.
     */
    static List<Finding> findingCases(VerifyReport report) {
        Set<String> failing = report.controls().stream()
                .filter(c -> c.status() == ControlStatus.DEVIATION)
                .map(c -> c.at().path())
                .collect(Collectors.toSet());
        return report.findings().findings().stream()
                .filter(f -> f.severity() != Severity.NOTE)
                .filter(f -> !(Reports.VERDICTS.contains(f.rule()) && failing.contains(f.at().path())))
                .toList();
    }

    private static void testCase(XMLStreamWriter xml, ControlResult control, SourcePosition at)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        boolean empty = control.status() == ControlStatus.EFFECTIVE;
        if (empty) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        attributes(xml, control.id() + ": " + control.title(), CLASS_NAME, at);
        if (empty) {
            return;
        }
        xml.writeCharacters("\n    ");
        switch (control.status()) {
            case DEVIATION -> {
                xml.writeStartElement("failure");
                attribute(xml, "message", control.summary());
                attribute(xml, "type", control.status().label());
                text(xml, details(control, at));
                xml.writeEndElement();
            }
            case NOT_TESTED -> {
                xml.writeEmptyElement("skipped");
                attribute(xml, "message", control.summary());
            }
            default -> {
                xml.writeStartElement("system-out");
                text(xml, control.summary() + "\n" + details(control, at));
                xml.writeEndElement();
            }
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    /**
     * A failure named by its rule and place: the finding as the console prints it (no value of a file starts a line
     * of its own) and the rule's page.
     */
    private static void testCase(XMLStreamWriter xml, Finding finding) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        attributes(xml, finding.ruleId() + ": " + finding.at(), FINDINGS_CLASS_NAME, finding.at());
        xml.writeCharacters("\n    ");
        xml.writeStartElement("failure");
        attribute(xml, "message", finding.message());
        attribute(xml, "type", finding.severity().label());
        text(xml, String.join("\n", finding.printed()) + "\n" + finding.rule().seeAlso() + "\n");
        xml.writeEndElement();
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    /** name, classname, file and line (when known), time. */
    private static void attributes(XMLStreamWriter xml, String name, String className, SourcePosition at)
            throws XMLStreamException {
        attribute(xml, "name", name);
        attribute(xml, "classname", className);
        attribute(xml, "file", at.path());
        if (at.line() > 0) {
            attribute(xml, "line", String.valueOf(at.line()));
        }
        attribute(xml, "time", "0");
    }

    /** Where the control is, its rate, and every deviating and excepted record, one a line. */
    static String details(ControlResult control, SourcePosition at) {
        StringBuilder s = new StringBuilder();
        s.append(at).append('\n');
        s.append(control.status().label())
                .append(": ")
                .append(Text.rate(control))
                .append('\n');
        keys(s, "deviations", control.deviationKeys(), control.unlistedDeviations());
        keys(s, "exceptions", control.exceptionKeys(), 0);
        return s.toString();
    }

    /** The keys, one a line, and how many more were counted but not listed ({@code unlisted}). */
    private static void keys(StringBuilder s, String label, List<String> keys, long unlisted) {
        if (keys.isEmpty() && unlisted == 0) {
            return;
        }
        s.append(label)
                .append(" (")
                .append(Wording.count(keys.size() + unlisted))
                .append("):\n");
        for (String key : keys) {
            s.append("  ").append(Wording.printable(key)).append('\n'); // a key of an export cannot start a line
        }
        if (unlisted > 0) {
            s.append("  and ").append(Wording.count(unlisted)).append(" more, counted but not listed\n");
        }
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("property");
        attribute(xml, "name", name);
        attribute(xml, "value", value);
    }

    private static long count(VerifyReport report, ControlStatus status) {
        return report.controls().stream().filter(c -> c.status() == status).count();
    }

    private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        // a line break in an attribute would be read back as a space; say so in the text instead
        xml.writeAttribute(name, legal(value).replace('\n', ' '));
    }

    private static void text(XMLStreamWriter xml, String value) throws XMLStreamException {
        xml.writeCharacters(legal(value));
    }

    /**
     * The text with '\r' line ends made '\n' and every character XML 1.0 forbids (control characters, lone
     * surrogates, U+FFFE/U+FFFF) replaced by U+FFFD: the writer escapes markup but does not check these.
     */
    static String legal(String value) {
        String text = value.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == '\t'
                    || c == '\n'
                    || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD
                    || c >= 0x10000 && c <= 0x10FFFF;
            s.appendCodePoint(allowed ? c : 0xFFFD);
            i += Character.charCount(c);
        }
        return s.toString();
    }
}
