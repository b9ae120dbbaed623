package io.github.soc2kit.core.evidence.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.EvidenceException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ReadAheadTest {

    private static final String WHAT = "evidence source 'github-pulls'";

    /** A reader of the records 1 to {@code count}, then {@code end} if it is not null. */
    private static Consumer<Consumer<Integer>> reader(int count, RuntimeException end) {
        return sink -> {
            for (int n = 1; n <= count; n++) {
                sink.accept(n);
            }
            if (end != null) {
                throw end;
            }
        };
    }

    @Test
    void hands_every_record_over_in_reading_order_on_the_calling_thread() {
        int count = ReadAhead.BATCH * 20 + 7; // more than the batches that may wait, and a part batch
        List<Integer> records = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();

        ReadAhead.read(
                WHAT,
                reader(count, null),
                n -> {
                    records.add(n);
                    threads.add(Thread.currentThread());
                },
                2);

        assertThat(records)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, count).boxed().toList());
        assertThat(threads).containsOnly(Thread.currentThread());
    }

    @Test
    void throws_the_readers_error_after_the_records_read_before_it() {
        EvidenceException broken = new EvidenceException(
                new SourcePosition("pulls.json", 9, 1), "unexpected end of file", "export it again");
        List<Integer> records = new ArrayList<>();

        Throwable thrown = catchThrowable(() -> ReadAhead.read(WHAT, reader(100, broken), records::add, 2));

        assertThat(thrown).isSameAs(broken);
        assertThat(records).hasSize(100).endsWith(100);
    }

    @Test
    void an_error_of_the_sink_stops_the_reader_which_closes_its_file_before_the_error_is_thrown() {
        AtomicBoolean closed = new AtomicBoolean();
        Consumer<Consumer<Integer>> endless = sink -> {
            try {
                for (int n = 1; ; n++) {
                    sink.accept(n);
                }
            } finally {
                closed.set(true);
            }
        };
        IllegalStateException failed = new IllegalStateException("check failed");

        Throwable thrown = catchThrowable(() -> ReadAhead.read(
                WHAT,
                endless,
                n -> {
                    if (n == 10) {
                        throw failed;
                    }
                },
                2));

        assertThat(thrown).isSameAs(failed);
        assertThat(closed).isTrue();
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(thread -> thread.getName().startsWith("soc2kit-read") && thread.isAlive());
    }

    @Test
    void one_processor_reads_on_the_calling_thread() {
        List<Thread> threads = new ArrayList<>();

        ReadAhead.<Integer>read(
                WHAT,
                sink -> {
                    threads.add(Thread.currentThread());
                    sink.accept(1);
                },
                n -> threads.add(Thread.currentThread()),
                1);

        assertThat(threads).containsExactly(Thread.currentThread(), Thread.currentThread());
    }

    @Test
    @Timeout(10)
    void a_reader_thread_that_ends_without_handing_over_its_end_is_an_error_not_a_wait() {
        Consumer<Consumer<Integer>> interrupted = sink -> {
            Thread.currentThread().interrupt(); // every hand-over now fails, the last one too
            for (int n = 1; n <= ReadAhead.BATCH * 2; n++) {
                sink.accept(n);
            }
        };

        Throwable thrown = catchThrowable(() -> ReadAhead.read(WHAT, interrupted, n -> {}, 2));

        assertThat(thrown)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the reader of evidence source 'github-pulls' ended without finishing");
    }
}
