package io.github.soc2kit.core.evidence.format;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.EvidenceException;
import java.util.Locale;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * soc2kit's own bounds on one value of a JSON, YAML or CSV export, far above what a system of record writes and far
 * below what would strain the heap: a text value (a string, a scalar, a cell) of at most {@value #MAX_TEXT_CHARS}
 * characters, a number of at most {@value #MAX_NUMBER_CHARS} characters, a field name of at most
 * {@value #MAX_NAME_CHARS} characters and {@value #MAX_DEPTH} levels of nesting. Jackson's parsers stop at the value
 * that crosses one, and the reader reports where, never the value itself. A YAML scalar is bounded while it is read
 * too: the parser may read at most {@link #MAX_TOKEN_BYTES} bytes for one token. A JSON value that nothing reads
 * is skipped without being decoded or held, so its texts are not bounded.
 */
final class ValueLimits {

    static final int MAX_TEXT_CHARS = 1024 * 1024;
    static final int MAX_NUMBER_CHARS = 100;
    static final int MAX_NAME_CHARS = 1000;
    static final int MAX_DEPTH = 64;

    /**
     * The most bytes of a YAML export the parser may read for one token, a scalar or a comment: as many as a text value
     * may have characters, and 64 KiB for what the parser reads ahead. The YAML parser holds what it reads ahead as
     * four bytes a character and builds a scalar whole, so this is what bounds its memory.
     */
    static final long MAX_TOKEN_BYTES = MAX_TEXT_CHARS + 64 * 1024;

    static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxStringLength(MAX_TEXT_CHARS)
            .maxNumberLength(MAX_NUMBER_CHARS)
            .maxNameLength(MAX_NAME_CHARS)
            .maxNestingDepth(MAX_DEPTH)
            .build();

    private static final String TEXT_TOO_LONG =
            String.format(Locale.ROOT, "a value longer than %,d characters", MAX_TEXT_CHARS);
    private static final String HINT = "no system of record writes values this large: check that the file is the"
            + " export the source declares, and export it again";

    private ValueLimits() {}

    /**
     * The error for a value of file {@code path} past a bound, at {@code at}; {@code where} places it, as in "inside
     * record 3".
     */
    static EvidenceException exceeded(StreamConstraintsException e, String path, SourcePosition at, String where) {
        return refused(path, what(e), at, where, e);
    }

    /** The error for a token of YAML file {@code path} that takes more than {@link #MAX_TOKEN_BYTES} of it. */
    static EvidenceException tokenTooLong(String path, SourcePosition at, String where, Exception cause) {
        return refused(
                path,
                String.format(
                        Locale.ROOT, "a value or comment that takes more than %,d bytes of the file", MAX_TOKEN_BYTES),
                at,
                where,
                cause);
    }

    private static EvidenceException refused(
            String path, String what, SourcePosition at, String where, Exception cause) {
        return new EvidenceException(at, "'" + path + "' holds " + what + " " + where, HINT, cause);
    }

    /** Which bound Jackson's message names, in words that follow "holds". */
    private static String what(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("String value length")) {
            return TEXT_TOO_LONG;
        }
        if (message.startsWith("Number value length")) {
            return "a number longer than " + MAX_NUMBER_CHARS + " characters";
        }
        if (message.startsWith("Name length")) {
            return String.format(Locale.ROOT, "a field name longer than %,d characters", MAX_NAME_CHARS);
        }
        if (message.startsWith("Document nesting depth")) {
            return "values nested more than " + MAX_DEPTH + " levels deep";
        }
        return "a value larger than soc2kit reads";
    }
}
