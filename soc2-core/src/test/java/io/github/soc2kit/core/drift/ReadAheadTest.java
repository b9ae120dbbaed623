package io.github.soc2kit.core.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.EvidenceException;
import io.github.soc2kit.core.evidence.EvidenceReader;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.TestSources;
import io.github.soc2kit.core.model.EvidenceSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ReadAheadTest {

    private static final EvidenceSource SOURCE = TestSources.source("github-pulls", "github-pulls", "pulls.json");

    private static EvidenceRecord record(int n) {
        return new EvidenceRecord(String.valueOf(n), null, null, Map.of(), new SourcePosition("pulls.json", n, 3));
    }

    /** A reader of {@code count} records, then {@code end} if it is not null. */
    private static EvidenceReader reader(int count, RuntimeException end) {
        return (source, context, sink) -> {
            for (int n = 1; n <= count; n++) {
                sink.accept(record(n));
            }
            if (end != null) {
                throw end;
            }
        };
    }

    @Test
    void hands_every_record_over_in_reading_order_on_the_calling_thread() {
        int count = ReadAhead.BATCH * 20 + 7; // more than the batches that may wait, and a part batch
        List<String> keys = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();

        ReadAhead.read(
                reader(count, null),
                SOURCE,
                null,
                r -> {
                    keys.add(r.key());
                    threads.add(Thread.currentThread());
                },
                2);

        assertThat(keys)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, count)
                        .mapToObj(String::valueOf)
                        .toList());
        assertThat(threads).containsOnly(Thread.currentThread());
    }

    @Test
    void throws_the_readers_error_after_the_records_read_before_it() {
        EvidenceException broken = new EvidenceException(
                new SourcePosition("pulls.json", 9, 1), "unexpected end of file", "export it again");
        List<String> keys = new ArrayList<>();

        Throwable thrown =
                catchThrowable(() -> ReadAhead.read(reader(100, broken), SOURCE, null, r -> keys.add(r.key()), 2));

        assertThat(thrown).isSameAs(broken);
        assertThat(keys).hasSize(100).endsWith("100");
    }

    @Test
    void an_error_of_the_sink_stops_the_reader_which_closes_its_file_before_the_error_is_thrown() {
        AtomicBoolean closed = new AtomicBoolean();
        EvidenceReader endless = (source, context, sink) -> {
            try {
                for (int n = 1; ; n++) {
                    sink.accept(record(n));
                }
            } finally {
                closed.set(true);
            }
        };
        IllegalStateException failed = new IllegalStateException("check failed");

        Throwable thrown = catchThrowable(() -> ReadAhead.read(
                endless,
                SOURCE,
                null,
                r -> {
                    if (r.key().equals("10")) {
                        throw failed;
                    }
                },
                2));

        assertThat(thrown).isSameAs(failed);
        assertThat(closed).isTrue();
    }

    @Test
    void one_processor_reads_on_the_calling_thread() {
        List<Thread> threads = new ArrayList<>();

        ReadAhead.read(
                (source, context, sink) -> {
                    threads.add(Thread.currentThread());
                    sink.accept(record(1));
                },
                SOURCE,
                null,
                r -> threads.add(Thread.currentThread()),
                1);

        assertThat(threads).containsExactly(Thread.currentThread(), Thread.currentThread());
    }

    @Test
    @Timeout(10)
    void a_reader_thread_that_ends_without_handing_over_its_end_is_an_error_not_a_wait() {
        EvidenceReader interrupted = (source, context, sink) -> {
            Thread.currentThread().interrupt(); // every hand-over now fails, the last one too
            for (int n = 1; n <= ReadAhead.BATCH * 2; n++) {
                sink.accept(record(n));
            }
        };

        Throwable thrown = catchThrowable(() -> ReadAhead.read(interrupted, SOURCE, null, r -> {}, 2));

        assertThat(thrown)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the reader of evidence source 'github-pulls' ended without finishing");
    }
}
