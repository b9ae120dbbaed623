package io.github.soc2kit.core.evidence.format;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads records on a thread of its own while the calling thread works on the records already read: the engine judges
 * a source's records while they are read, and a join reads a pull request's reviews while the next pull requests are
 * parsed. With a second processor the two overlap. The sink sees the records on the calling thread, in reading
 * order, as if they were read there: the reader's error, if any, is thrown after the records read before it, and an
 * error of the sink stops the reader, which closes its file. At most {@value #BATCHES} batches of {@value #BATCH}
 * records wait at a time, so memory stays bounded. With one processor the records are read on the calling thread.
 */
public final class ReadAhead {

    /** Records handed over at a time: few enough to bound memory, enough that handing over costs next to nothing. */
    static final int BATCH = 64;

    private static final int BATCHES = 4;

    private ReadAhead() {}

    /**
     * Runs {@code reader}, which reads records into the consumer it is given, and hands them to {@code sink}.
     *
     * @param what what is read, for the name of the thread and for messages: {@code evidence source 'okta-users'}
     */
    public static <T> void read(String what, Consumer<Consumer<T>> reader, Consumer<T> sink) {
        read(what, reader, sink, Runtime.getRuntime().availableProcessors());
    }

    static <T> void read(String what, Consumer<Consumer<T>> reader, Consumer<T> sink, int processors) {
        if (processors < 2) {
            reader.accept(sink);
            return;
        }
        Producer<T> producer = new Producer<>(what, reader);
        Thread thread = new Thread(producer, "soc2kit-read " + what);
        thread.start();
        try {
            for (Batch<T> batch = producer.take(thread); ; batch = producer.take(thread)) {
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
    private record Batch<T>(
            List<T> records, boolean last, @Nullable Throwable failure) {}

    /** The reader's side: reads the source and hands its records over in batches. */
    private static final class Producer<T> implements Runnable, Consumer<T> {

        private final String what;
        private final Consumer<Consumer<T>> reader;
        private final BlockingQueue<Batch<T>> queue = new ArrayBlockingQueue<>(BATCHES);
        private List<T> batch = new ArrayList<>(BATCH);
        /** Set when the calling thread stops taking batches. */
        volatile boolean stopped;
        /** What kept the last batch from being handed over. */
        volatile @Nullable Throwable lost;

        Producer(String what, Consumer<Consumer<T>> reader) {
            this.what = what;
            this.reader = reader;
        }

        @Override
        public void run() {
            Throwable failure = null;
            try {
                reader.accept(this);
            } catch (Throwable e) { // handed to the calling thread, which throws it
                failure = e;
            }
            if (failure instanceof Stopped) {
                return;
            }
            try {
                hand(new Batch<>(batch, true, failure));
            } catch (Throwable e) { // stopped, or out of memory: the calling thread sees this thread end
                lost = e;
            }
        }

        @Override
        public void accept(T record) {
            if (stopped) {
                throw new Stopped();
            }
            batch.add(record);
            if (batch.size() == BATCH) {
                hand(new Batch<>(batch, false, null));
                batch = new ArrayList<>(BATCH);
            }
        }

        private void hand(Batch<T> full) {
            try {
                while (!queue.offer(full, 50, TimeUnit.MILLISECONDS)) {
                    if (stopped) {
                        throw new Stopped();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading " + what, e);
            }
        }

        /** The next batch; an error if the reader's thread ended without handing over its last one. */
        Batch<T> take(Thread thread) {
            try {
                while (true) {
                    Batch<T> next = queue.poll(50, TimeUnit.MILLISECONDS);
                    if (next != null) {
                        return next;
                    }
                    if (!thread.isAlive()) {
                        next = queue.poll();
                        if (next != null) {
                            return next;
                        }
                        throw new IllegalStateException("the reader of " + what + " ended without finishing", lost);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while reading " + what);
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
