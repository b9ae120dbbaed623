package io.github.soc2kit.core.diag;

import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The small text rules every message and report follows: lower-case start, no trailing period, capped lists. */
public final class Wording {

    /** Evidence identifiers listed before "and N more". */
    public static final int MAX_KEYS = 10;

    /** The most characters of a value from a file that a message quotes. */
    public static final int MAX_QUOTED = 80;

    private Wording() {}

    /** A value from a file as a message quotes it: at most {@value #MAX_QUOTED} characters, then "…". */
    public static String clipped(String text) {
        return text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "…" : text;
    }

    /** A count as a message writes it, its thousands grouped: {@code 1,000,000}. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A count and a word that takes an s for more than one: {@code 1 day}, {@code 3 days}, {@code 1,200 records}. */
    public static String plural(long n, String word) {
        return count(n) + " " + word + (n == 1 ? "" : "s");
    }

    /** A rate as a percentage with one decimal, for example {@code 14.8 %}. */
    public static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f %%", rate * 100);
    }

    /** The first {@value #MAX_KEYS} items joined by ", ", then "and N more" for the rest. */
    public static String capped(List<String> items) {
        return capped(items, Function.identity());
    }

    /** The first {@value #MAX_KEYS} of {@code first}, the first of {@code total} items, then "and N more". */
    public static String capped(List<String> first, long total) {
        return capped(first, total, MAX_KEYS, Function.identity());
    }

    /** Like {@link #capped(List)}, each shown item passed through {@code format}. */
    public static String capped(List<String> items, Function<String, String> format) {
        return capped(items, items.size(), MAX_KEYS, format);
    }

    /** The first {@code max} items, each passed through {@code format}, joined by ", ", then "and N more". */
    public static String capped(List<String> items, int max, Function<String, String> format) {
        return capped(items, items.size(), max, format);
    }

    /**
     * The first {@code max} of {@code first}, the first of {@code total} items, each passed through {@code format},
     * joined by ", ", then "and N more" for the others.
     */
    public static String capped(List<String> first, long total, int max, Function<String, String> format) {
        StringBuilder s = new StringBuilder();
        int shown = Math.min(first.size(), max);
        for (int i = 0; i < shown; i++) {
            s.append(i > 0 ? ", " : "").append(format.apply(first.get(i)));
        }
        if (total > shown) {
            s.append(shown > 0 ? " and " : "").append(count(total - shown)).append(" more");
        }
        return s.toString();
    }

    /** The first line of {@code text}, stripped. */
    public static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }

    /**
     * The first sentence of a paragraph of prose, its line breaks and runs of white space made single spaces: the text
     * up to the first sentence end that the JDK's sentence {@link BreakIterator} finds, stripped.
     */
    public static String firstSentence(String text) {
        String prose = text.strip().replaceAll("\\s+", " ");
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(prose);
        int end = sentences.next();
        return prose.substring(0, end == BreakIterator.DONE ? prose.length() : end)
                .strip();
    }

    /** {@code text} with a lower-case first letter, unless it starts with an acronym ("DC 3", "CC6.1"). */
    public static String lowerFirst(String text) {
        boolean acronym = text.length() > 1 && Character.isUpperCase(text.charAt(1));
        return text.isEmpty() || acronym ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** {@code text} stripped, without a trailing period. */
    public static String stripPeriod(String text) {
        String t = text.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    /**
     * {@code text} as one line of a log or console: control characters are shown as {@code \\n}, {@code \\r},
     * {@code \\t} or {@code \\u001b}, so no value of a file can start a line of its own (a forged
     * {@code [INFO] BUILD SUCCESS}) or send terminal escapes.
     */
    public static String printable(String text) {
        StringBuilder line = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                        line.append(String.format(Locale.ROOT, "\\u%04x", c));
                    } else {
                        line.appendCodePoint(c);
                    }
                }
            }
        });
        return line.toString();
    }

    /** A path as the user knows it: relative to {@code base}, with '/', when it lies inside it; else absolute. */
    public static String shown(Path base, Path file) {
        Path folder = base.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(folder)
                ? folder.relativize(absolute).toString().replace('\\', '/')
                : absolute.toString();
    }
}
