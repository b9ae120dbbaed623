package io.github.soc2kit.core.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * Writes a rendered site as a whole: into a fresh sibling folder first, which replaces the previous site only
 * once every file is written. A failure leaves the previous site as it was and no half-written one. Where the file
 * system has POSIX permissions, they are set whatever the umask: a site to publish is world-readable, as a web
 * server needs it (folders {@code rwxr-xr-x}, files {@code rw-r--r--}); the internal site is its owner's alone
 * ({@code rwx------}, {@code rw-------}).
 */
public final class SiteWriter {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> PRIVATE_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");

    private SiteWriter() {}

    /**
     * Replaces the folder {@code site} by the given files.
     *
     * @param files contents by path relative to the site root, with '/'
     * @param published whether the site is for publishing (world-readable) or internal (its owner's alone)
     * @return the files written, in path order
     */
    public static List<Path> replace(Path site, SortedMap<String, byte[]> files, boolean published) {
        Path target = site.toAbsolutePath().normalize();
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        Path fresh = null;
        try {
            Files.createDirectories(parent);
            fresh = Files.createTempDirectory(parent, "." + name + "-new-");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = fresh.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
                readable(path, published ? FILE : PRIVATE_FILE);
            }
            try (Stream<Path> walk = Files.walk(fresh)) {
                for (Path folder : walk.filter(Files::isDirectory).toList()) {
                    readable(folder, published ? FOLDER : PRIVATE_FOLDER);
                }
            }
            swap(fresh, target, parent, name);
            fresh = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site to " + name + ": " + e.getMessage(), e);
        } finally {
            if (fresh != null) {
                deleteQuietly(fresh);
            }
        }
        List<Path> written = new ArrayList<>();
        files.keySet().forEach(path -> written.add(target.resolve(path)));
        return written;
    }

    private static void readable(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (Files.getFileAttributeView(path, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    /** Moves the previous site aside, the new one into place, then deletes the previous one. */
    private static void swap(Path fresh, Path target, Path parent, String name) throws IOException {
        if (!Files.exists(target)) {
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = Files.createTempDirectory(parent, "." + name + "-old-");
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteQuietly(old);
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a leftover temporary folder next to the site is harmless; the site itself is complete
        }
    }
}
