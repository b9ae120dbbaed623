package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.evidence.EvidenceReader;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.model.EvidenceSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a source on a thread of its own while the calling thread judges the records already read. Parsing a large
 * export and judging its records each take a good part of verification, so with a second processor they overlap.
 * The sink sees the records on the calling thread, in reading order, as if the source were read there: the reader's
 * error, if any, is thrown after the records read before it, and an error of the sink stops the reader, which closes
 * its file. At most {@value #BATCHES} batches of {@value #BATCH} records wait at a time, so memory stays bounded.
 * With one processor the source is read on the calling thread.
 */
final class ReadAhead {

    /** Records handed over at a time: few enough to bound memory, enough that handing over costs next to nothing. */
    static final int BATCH = 64;

    private static final int BATCHES = 4;

    private ReadAhead() {}

    /** Reads {@code source} with {@code reader} into {@code sink}, as {@link EvidenceReader#read} does. */
    static void read(EvidenceReader reader, EvidenceSource source, ReadContext context, Consumer<EvidenceRecord> sink) {
        read(reader, source, context, sink, Runtime.getRuntime().availableProcessors());
    }

    static void read(
            EvidenceReader reader,
            EvidenceSource source,
            ReadContext context,
            Consumer<EvidenceRecord> sink,
            int processors) {
        if (processors < 2) {
            reader.read(source, context, sink);
            return;
        }
        Producer producer = new Producer(reader, source, context);
        Thread thread = new Thread(producer, "soc2kit-read-" + source.id());
        thread.start();
        try {
            for (Batch batch = producer.take(thread); ; batch = producer.take(thread)) {
                batch.records().forEach(sink);
                if (batch.last()) {
                    rethrow(batch.failure());
                    return;
                }
            }
        } finally {
            producer.stopped = true; // a no-op once the reader is done
            join(thread);
        }
    }

    /** Records read, the last batch with what ended the reading: null when the reader returned. */
    private record Batch(
            List<EvidenceRecord> records,
            boolean last,
            @Nullable Throwable failure) {}

    /** The reader's side: reads the source and hands its records over in batches. */
    private static final class Producer implements Runnable, Consumer<EvidenceRecord> {

        private final EvidenceReader reader;
        private final EvidenceSource source;
        private final ReadContext context;
        private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES);
        private List<EvidenceRecord> batch = new ArrayList<>(BATCH);
        /** Set when the calling thread stops taking batches. */
        volatile boolean stopped;
        /** What kept the last batch from being handed over. */
        volatile @Nullable Throwable lost;

        Producer(EvidenceReader reader, EvidenceSource source, ReadContext context) {
            this.reader = reader;
            this.source = source;
            this.context = context;
        }

        @Override
        public void run() {
            Throwable failure = null;
            try {
                reader.read(source, context, this);
            } catch (Throwable e) { // handed to the calling thread, which throws it
                failure = e;
            }
            if (failure instanceof Stopped) {
                return;
            }
            try {
                hand(new Batch(batch, true, failure));
            } catch (Throwable e) { // stopped, or out of memory: the calling thread sees this thread end
                lost = e;
            }
        }

        @Override
        public void accept(EvidenceRecord record) {
            if (stopped) {
                throw new Stopped();
            }
            batch.add(record);
            if (batch.size() == BATCH) {
                hand(new Batch(batch, false, null));
                batch = new ArrayList<>(BATCH);
            }
        }

        private void hand(Batch full) {
            try {
                while (!queue.offer(full, 50, TimeUnit.MILLISECONDS)) {
                    if (stopped) {
                        throw new Stopped();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading evidence source '" + source.id() + "'", e);
            }
        }

        /** The next batch; an error if the reader's thread ended without handing over its last one. */
        Batch take(Thread thread) {
            try {
                while (true) {
                    Batch next = queue.poll(50, TimeUnit.MILLISECONDS);
                    if (next != null) {
                        return next;
                    }
                    if (!thread.isAlive()) {
                        next = queue.poll();
                        if (next != null) {
                            return next;
                        }
                        throw new IllegalStateException(
                                "the reader of evidence source '" + source.id() + "' ended without finishing", lost);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while reading evidence source '" + source.id() + "'");
            }
        }
    }

    /** Ends the reader's thread once the calling thread no longer takes its records. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private static void rethrow(@Nullable Throwable failure) {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    private static void join(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
