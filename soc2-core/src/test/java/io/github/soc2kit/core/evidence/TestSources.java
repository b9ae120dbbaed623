package io.github.soc2kit.core.evidence;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.evidence.registry.EvidenceReaders;
import io.github.soc2kit.core.model.EvidenceSource;
import io.github.soc2kit.core.model.Origin;
import io.github.soc2kit.core.model.Positions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Declares evidence sources and reads them over a folder, as evidence/sources.yaml and the verifier would. */
public final class TestSources {

    /** The test resources root: its evidence/ folder holds one fixture folder per format. */
    public static final Path FIXTURES = Fixtures.resource("evidence").getParent();

    private static final Positions DECLARATIONS = new Positions("evidence/sources.yaml", Map.of(), Map.of());

    private TestSources() {}

    public static EvidenceSource source(String id, String format, String path) {
        return new EvidenceSource(
                id,
                format,
                path,
                "",
                false,
                null,
                null,
                null,
                "email",
                null,
                new Origin(DECLARATIONS, "/sources/0"),
                null,
                null,
                EvidenceSource.STALE_AFTER_DAYS);
    }

    public static EvidenceSource withRecords(EvidenceSource s, String records) {
        return copy(s, records, s.recordPerFile(), s.keyField(), s.timestampField(), s.identityField(), s.join());
    }

    public static EvidenceSource withFields(
            EvidenceSource s, @Nullable String key, @Nullable String timestamp, @Nullable String identity) {
        return copy(s, s.records(), s.recordPerFile(), key, timestamp, identity, s.join());
    }

    public static EvidenceSource withRecordPerFile(EvidenceSource s) {
        return copy(s, s.records(), true, s.keyField(), s.timestampField(), s.identityField(), s.join());
    }

    public static EvidenceSource withJoin(EvidenceSource s, String join) {
        return copy(s, s.records(), s.recordPerFile(), s.keyField(), s.timestampField(), s.identityField(), join);
    }

    private static EvidenceSource copy(
            EvidenceSource s,
            String records,
            boolean recordPerFile,
            @Nullable String key,
            @Nullable String timestamp,
            @Nullable String identity,
            @Nullable String join) {
        return new EvidenceSource(
                s.id(),
                s.format(),
                s.path(),
                records,
                recordPerFile,
                key,
                timestamp,
                identity,
                s.identity(),
                join,
                s.origin(),
                s.timezone(),
                s.exportedOn(),
                s.staleAfterDays());
    }

    /** Reads {@code source} over {@code repository}; {@code others} are the other declared sources (for joins). */
    public static List<EvidenceRecord> read(Path repository, EvidenceSource source, EvidenceSource... others) {
        List<EvidenceRecord> records = new ArrayList<>();
        EvidenceReaders.forFormat(source.format()).read(source, context(repository, source, others), records::add);
        return records;
    }

    public static ReadContext context(Path repository, EvidenceSource source, EvidenceSource... others) {
        Map<String, EvidenceSource> sources = new HashMap<>();
        sources.put(source.id(), source);
        for (EvidenceSource other : others) {
            sources.put(other.id(), other);
        }
        return new ReadContext(repository, sources);
    }

    /** The failure of reading {@code source}, as {@code path:line:col: message} and its hint on a second line. */
    public static String failure(Path repository, EvidenceSource source, EvidenceSource... others) {
        EvidenceException e = catchThrowableOfType(EvidenceException.class, () -> read(repository, source, others));
        if (e == null) {
            throw new AssertionError("expected reading '" + source.id() + "' to fail");
        }
        return e.at() + ": " + e.getMessage() + "\nhint: " + e.hint();
    }

    /** The UTF-8 bytes of texts, with the single bytes given as numbers between them. */
    public static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof Integer b) {
                out.write(b);
            } else {
                out.writeBytes(part.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    /** Writes a file of {@code content} bytes into a temporary repository and returns the repository. */
    public static Path write(Path repository, String path, byte[] content) {
        try {
            Path file = repository.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return repository;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file into a temporary repository and returns the repository. */
    public static Path write(Path repository, String path, String content) {
        return write(repository, path, content.getBytes(StandardCharsets.UTF_8));
    }
}
