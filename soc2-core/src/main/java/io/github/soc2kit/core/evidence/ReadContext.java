package io.github.soc2kit.core.evidence;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.load.FilePolicy;
import io.github.soc2kit.core.model.EvidenceSource;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a reader may use: the repository, the declared sources (for joins), file resolution, and file opening
 * that records each file's SHA-256 and size for the report's provenance section.
 */
public final class ReadContext {

    private final Path repository;
    private final FilePolicy policy;
    private final Map<String, EvidenceSource> sources;
    private final Map<String, FileDigest> digests = new TreeMap<>();
    private final Map<String, List<Path>> files = new HashMap<>();

    public ReadContext(Path repository, Map<String, EvidenceSource> sources) {
        this.repository = repository.toAbsolutePath().normalize();
        this.policy = new FilePolicy(this.repository);
        this.sources = Map.copyOf(sources);
    }

    /** SHA-256 and size of one file read as evidence. */
    public record FileDigest(String path, String sha256, long bytes) {}

    public Optional<EvidenceSource> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /**
     * The files matching the source's path or glob, sorted by repo-relative path; empty when none exist. The
     * repository is walked once per pattern, however often the engine and the readers ask.
     */
    public List<Path> files(EvidenceSource source) {
        return files.computeIfAbsent(source.path(), this::find);
    }

    private List<Path> find(String pattern) {
        if (!pattern.contains("*") && !pattern.contains("?") && !pattern.contains("[") && !pattern.contains("{")) {
            Path file = repository.resolve(pattern).normalize();
            return file.startsWith(repository) && FilePolicy.exists(file) ? List.of(file) : List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        try (Stream<Path> walk = Files.walk(repository)) {
            return walk.filter(p -> !FilePolicy.isFolder(p)) // links and special files too: open() says what they are
                    .filter(p -> matcher.matches(repository.relativize(p)))
                    .sorted((a, b) -> relative(a).compareTo(relative(b)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list evidence files for '" + pattern + "'", e);
        }
    }

    /** The repo-relative path of a file, with '/'. */
    public String relative(Path file) {
        return repository
                .relativize(file.toAbsolutePath().normalize())
                .toString()
                .replace('\\', '/');
    }

    /**
     * Opens an evidence file; its SHA-256 and size are recorded when the stream is closed after a full read.
     *
     * @throws EvidenceException when the file may not be read ({@link FilePolicy}) or cannot be opened
     */
    public InputStream open(Path file) {
        String path = relative(file);
        String refusal = policy.refusal(file);
        if (refusal != null) {
            throw new EvidenceException(
                    SourcePosition.of(path),
                    "evidence file '" + path + "' " + refusal + "; soc2kit did not read it",
                    "soc2kit reads only regular files inside the repository: put the export itself at this path");
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return new FilterInputStream(Files.newInputStream(file)) {
                long bytes;

                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        sha.update((byte) b);
                        bytes++;
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        sha.update(buffer, offset, n);
                        bytes += n;
                    }
                    return n;
                }

                @Override
                public void close() throws IOException {
                    // drain what the parser did not need, so the digest covers the whole file
                    byte[] rest = new byte[8192];
                    while (read(rest, 0, rest.length) > 0) {
                        // keep reading
                    }
                    super.close();
                    digests.putIfAbsent(
                            path, new FileDigest(path, HexFormat.of().formatHex(sha.digest()), bytes));
                }
            };
        } catch (IOException e) {
            throw new EvidenceException(
                    SourcePosition.of(path),
                    "cannot read evidence file '" + path + "': " + e.getMessage(),
                    "check that the file exists and is readable",
                    e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The files read so far, by path. */
    public Map<String, FileDigest> digests() {
        return Map.copyOf(digests);
    }
}
