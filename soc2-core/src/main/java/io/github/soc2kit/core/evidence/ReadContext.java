package io.github.soc2kit.core.evidence;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.diag.Wording;
import io.github.soc2kit.core.load.FilePolicy;
import io.github.soc2kit.core.model.EvidenceSource;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What a reader may use: the repository, the declared sources (for joins), file resolution, and file opening
 * that records each file's SHA-256 and size for the report's provenance section. Safe to use from several threads:
 * a reader may parse on one thread while it joins on another ({@link io.github.soc2kit.core.evidence.format.ReadAhead}).
 */
public final class ReadContext {

    private final Path repository;
    private final FilePolicy policy;
    private final Map<String, EvidenceSource> sources;
    private final Map<String, FieldSelection> selections;
    private final Map<String, FileDigest> digests = new ConcurrentHashMap<>();
    private final Map<String, FilePolicy.Listing> listings = new ConcurrentHashMap<>();
    private final Map<String, Long> joinedRecords = new ConcurrentHashMap<>();
    private final Map<String, Misses> unjoined = new ConcurrentHashMap<>();
    /** The files read ahead and not yet opened. */
    private final Map<Path, Loaded> loaded = new ConcurrentHashMap<>();
    /** The sources whose readers keep what a join reads of their files, by id. */
    private final Set<String> keeping = ConcurrentHashMap.newKeySet();
    /** What a join needs of each file, kept by its source's own reading for the join that comes later. */
    private final Map<Path, Object> kept = new ConcurrentHashMap<>();

    public ReadContext(Path repository, Map<String, EvidenceSource> sources) {
        this(repository, sources, Map.of());
    }

    /** @param selections the fields to read of the records of each source, by id; every field of a source not listed */
    public ReadContext(Path repository, Map<String, EvidenceSource> sources, Map<String, FieldSelection> selections) {
        this.repository = repository.toAbsolutePath().normalize();
        this.policy = new FilePolicy(this.repository);
        this.sources = Map.copyOf(sources);
        this.selections = Map.copyOf(selections);
    }

    /** SHA-256 and size of one file read as evidence. */
    public record FileDigest(String path, String sha256, long bytes) {}

    /** The fields to read of the records of {@code source}: {@link FieldSelection#ALL} when none are named. */
    public FieldSelection selection(EvidenceSource source) {
        return selections.getOrDefault(source.id(), FieldSelection.ALL);
    }

    public Optional<EvidenceSource> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /**
     * The files matching the source's path or glob, sorted by repo-relative path; empty when none exist. A glob is
     * walked from its folder before the first wildcard, as deep as it reaches, once however often the engine and the
     * readers ask.
     *
     * @throws EvidenceException naming the first folder of the walk that cannot be listed: files of the source may be
     *     in it
     */
    public List<Path> files(EvidenceSource source) {
        String problem = FilePolicy.globProblem(source.path());
        if (problem != null) {
            throw new EvidenceException(
                    source.origin().at("path"),
                    "evidence source '" + source.id() + "': path '" + source.path() + "' " + problem,
                    FilePolicy.GLOB_HINT);
        }
        FilePolicy.Listing listing = listings.computeIfAbsent(source.path(), policy::glob);
        if (!listing.refused().isEmpty()) {
            FilePolicy.Refused refused = listing.refused().get(0);
            String relative = relative(refused.folder());
            String folder = relative.isEmpty() ? "." : relative;
            throw new EvidenceException(
                    SourcePosition.of(folder),
                    "evidence folder '" + folder + "' " + refused.problem() + "; soc2kit cannot tell which files of '"
                            + source.path() + "' it holds",
                    refused.hint());
        }
        return listing.files();
    }

    /**
     * The repo-relative path of a file, with '/' between its folders (a backslash is part of a name where it is no
     * separator).
     */
    public String relative(Path file) {
        return repository
                .relativize(file.toAbsolutePath().normalize())
                .toString()
                .replace(File.separatorChar, '/');
    }

    /**
     * Opens an evidence file; its SHA-256 and size are recorded when the stream is closed after a full read. A file
     * {@linkplain #readAhead read ahead} is given from memory, once.
     *
     * @throws EvidenceException when the file may not be read ({@link FilePolicy}) or cannot be opened
     */
    public InputStream open(Path file) {
        Loaded ahead = loaded.remove(file);
        if (ahead == null) {
            return new Digesting(file);
        }
        return new ByteArrayInputStream(ahead.bytes()) {
            @Override
            public void close() {
                digests.putIfAbsent(ahead.digest().path(), ahead.digest());
            }
        };
    }

    /**
     * Reads an evidence file of at most {@code max} bytes whole now, checked as {@link #open} checks it, so that a
     * reader of many small files can read the next ones while it parses one; {@link #open} then gives its bytes
     * without reading the file again. A larger file is left for {@link #open}, which reads it when it is parsed.
     *
     * @throws EvidenceException as {@link #open} and the reading of the file do
     */
    public void readAhead(Path file, int max) {
        Digesting in = new Digesting(file);
        try {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length <= max) {
                loaded.put(file, new Loaded(bytes, in.finish()));
            }
        } catch (IOException e) {
            throw EvidenceException.unreadable(in.path, e.getMessage(), e);
        } finally {
            in.release();
        }
    }

    /** A file read ahead, with its digest, which is recorded once the file is opened. */
    private record Loaded(byte[] bytes, FileDigest digest) {}

    /** An evidence file's bytes as they are read, with their SHA-256. */
    private final class Digesting extends FilterInputStream {
        private final String path;
        private final MessageDigest sha;
        private long bytes;
        /** Whether a read met the end of the file: then nothing is left to drain. */
        private boolean ended;

        Digesting(Path file) {
            super(InputStream.nullInputStream());
            path = relative(file);
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is not available", e);
            }
            in = open(file, policy.listedPlain(file));
        }

        /**
         * Opens {@code file} as {@link FilePolicy} allows. A file that the walk listed as a plain file is opened without
         * asking about it again and without following a link: should it have become anything else since, the opening
         * fails and the file is judged as it is now.
         */
        private InputStream open(Path file, boolean listed) {
            if (!listed) {
                String refusal = policy.refusalBeforeOpening(file);
                if (refusal != null) {
                    throw refused(refusal);
                }
            }
            try {
                return listed ? Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS) : Files.newInputStream(file);
            } catch (AccessDeniedException e) {
                throw refused(FilePolicy.UNREADABLE);
            } catch (IOException e) {
                if (listed) {
                    return open(file, false);
                }
                throw new EvidenceException(
                        SourcePosition.of(path),
                        "cannot read evidence file '" + path + "': " + e.getMessage(),
                        "check that the file exists and is readable",
                        e);
            }
        }

        private EvidenceException refused(String refusal) {
            return new EvidenceException(
                    SourcePosition.of(path),
                    "evidence file '" + path + "' " + refusal + "; soc2kit did not read it",
                    "soc2kit reads only regular files inside the repository: put the export itself at this path");
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                sha.update((byte) b);
                bytes++;
            }
            ended |= b < 0;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                sha.update(buffer, offset, n);
                bytes += n;
            }
            ended |= n < 0;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // read, not skipped, so that the digest covers what is passed over
            if (n <= 0) {
                return 0;
            }
            byte[] skipped = new byte[(int) Math.min(n, 8192)];
            return Math.max(read(skipped, 0, skipped.length), 0);
        }

        @Override
        public void close() throws IOException {
            FileDigest digest;
            try {
                digest = finish();
            } finally {
                super.close();
            }
            digests.putIfAbsent(path, digest);
        }

        /** Reads what the parser did not need, so that the digest covers the whole file, and returns the digest. */
        FileDigest finish() throws IOException {
            if (!ended) {
                byte[] rest = new byte[8192];
                while (read(rest, 0, rest.length) > 0) {
                    // keep reading
                }
            }
            return new FileDigest(path, HexFormat.of().formatHex(sha.digest()), bytes);
        }

        /** Closes the file without recording its digest. */
        void release() {
            try {
                super.close();
            } catch (IOException e) {
                // nothing was recorded; the file is read again, or the error already thrown is the one to report
            }
        }
    }

    /**
     * Asks the reader of source {@code id}, read before the source that joins it, to {@linkplain #putKept keep} what the
     * join needs of each file, which the join then {@linkplain #takeKept takes} instead of reading the file again.
     */
    public void keepForJoin(String id) {
        keeping.add(id);
    }

    /** Whether the reader of {@code source} is asked to keep what a join reads of its files. */
    public boolean keeping(EvidenceSource source) {
        return keeping.contains(source.id());
    }

    /** Keeps what a join needs of {@code file}, which its source's own reading read whole and without error. */
    public void putKept(Path file, Object kept) {
        this.kept.put(file, kept);
    }

    /** Takes what was kept of {@code file} for a join: null when nothing was, and the join reads the file. */
    public @Nullable Object takeKept(Path file) {
        return kept.remove(file);
    }

    /** Forgets what no join took: the joins that would have are done. */
    public void dropKept() {
        kept.clear();
    }

    /** Counts a record of {@code source} that a join read into the records of another source. */
    public void countJoined(EvidenceSource source) {
        joinedRecords.merge(source.id(), 1L, Long::sum);
    }

    /** How many records of source {@code id} joins have read so far from its files (not from what was kept). */
    public long joinedRecords(String id) {
        return joinedRecords.getOrDefault(id, 0L);
    }

    /**
     * The records of a source that found no file in the source they join, though it has files: a pull request without
     * its review file, an Okta user without a factors file.
     *
     * @param count how many
     * @param first the keys of the first {@value io.github.soc2kit.core.diag.Wording#MAX_KEYS}, in reading order
     */
    public record Unjoined(long count, List<String> first) {}

    /**
     * Notes that a record of {@code source} found no file of the source it joins: what the join adds reads as nothing.
     * Its {@code key} is made only for the first records, which the report names. A source joins one source at most,
     * and two sources may join the same one: each counts its own records.
     */
    public void countUnjoined(EvidenceSource source, Supplier<String> key) {
        unjoined.computeIfAbsent(source.id(), id -> new Misses()).add(key);
    }

    /** The records of source {@code id} that found no file of the source it joins, or null when every one found one. */
    public @Nullable Unjoined unjoined(String id) {
        Misses misses = unjoined.get(id);
        return misses == null ? null : misses.counted();
    }

    /** The records of one source that found no file of a joined source, counted as they come. */
    private static final class Misses {
        private long count;
        private final List<String> first = new ArrayList<>();

        synchronized void add(Supplier<String> key) {
            count++;
            if (first.size() < Wording.MAX_KEYS) {
                first.add(Wording.clipped(key.get()));
            }
        }

        synchronized Unjoined counted() {
            return new Unjoined(count, List.copyOf(first));
        }
    }

    /** The files read so far, by path: a view, not a copy. */
    public Map<String, FileDigest> digests() {
        return Collections.unmodifiableMap(digests);
    }
}
