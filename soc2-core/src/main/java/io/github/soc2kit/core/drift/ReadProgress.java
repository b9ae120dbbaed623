package io.github.soc2kit.core.drift;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Says what a long verification is doing, for the console only (never the reports): per evidence source, the records
 * read and the time taken, a line every {@value #EVERY_SECONDS} seconds while it is read and one when it is done;
 * nothing for a source read in under a second.
 */
public final class ReadProgress {

    /** Says nothing. */
    public static final ReadProgress NONE = new ReadProgress(line -> {}, () -> 0L);

    static final long EVERY_SECONDS = 5;
    private static final long SECOND = 1_000_000_000L;

    private final Consumer<String> out;
    private final LongSupplier ticker;
    private String source = "";
    private long start;
    private long last;
    private long records;

    /**
     * @param out receives the lines
     * @param ticker the time in nanoseconds, as {@link System#nanoTime()} gives it
     */
    public ReadProgress(Consumer<String> out, LongSupplier ticker) {
        this.out = out;
        this.ticker = ticker;
    }

    /** Starts reading {@code id}. */
    void start(String id) {
        source = id;
        records = 0;
        start = ticker.getAsLong();
        last = start;
    }

    /** Counts a record of the source being read. */
    void record() {
        records++;
        long now = ticker.getAsLong();
        if (now - last >= EVERY_SECONDS * SECOND) {
            out.accept(line("reading", now) + " so far");
            last = now;
        }
    }

    /** The source is read. */
    void finish() {
        long now = ticker.getAsLong();
        if (now - start >= SECOND) {
            out.accept(line("read", now));
        }
    }

    private String line(String verb, long now) {
        return String.format(
                Locale.ROOT,
                "%s '%s': %,d %s in %.1f s",
                verb,
                source,
                records,
                records == 1 ? "record" : "records",
                (now - start) / (double) SECOND);
    }
}
