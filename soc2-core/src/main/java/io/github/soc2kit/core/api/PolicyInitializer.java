package io.github.soc2kit.core.api;

import io.github.soc2kit.core.diag.InvalidConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a starter policy repository that validates at once: {@code soc2.yaml}, a roster, a system description with
 * every DC section stubbed, six core policies with parameters, a control for each whose test reads an evidence source
 * at the path its export goes to, {@code evidence/sources.yaml} with the export command of each source, an evidence
 * README, a {@code pom.xml} that uses the plugin with the Maven Wrapper (so Maven 3.9 without installing it), and a
 * README. Never overwrites a file: one that exists is kept as it
 * is. The content is the same on every run (no date from the clock).
 */
public final class PolicyInitializer {

    private static final String STARTER = "soc2kit/starter/";
    private static final String INDEX = "soc2kit/starter.txt";
    private static final String DOT = "dot-";
    /** The Maven Wrapper's script, written executable. */
    private static final String WRAPPER = "mvnw";

    public InitResult init(InitRequest request) {
        Path folder = request.directory().toAbsolutePath().normalize();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new InvalidConfigurationException("dir", folder + " is a file, not a folder");
        }
        List<String> stored = files();
        stored.forEach(name -> inside(folder, folder.resolve(path(name))));
        List<String> written = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String name : stored) {
            String path = path(name);
            Path file = folder.resolve(path);
            if (write(file, content(name))) {
                written.add(path);
            } else {
                kept.add(path);
            }
        }
        request.listener().info("wrote " + written.size() + " files, kept " + kept.size() + " in " + folder);
        return new InitResult(written, kept);
    }

    /** The path a stored starter file is written to: {@code dot-gitignore} is {@code .gitignore}. */
    private static String path(String stored) {
        return stored.startsWith(DOT) ? "." + stored.substring(DOT.length()) : stored;
    }

    /**
     * Refuses to write {@code file} when a symbolic link on its way leads out of {@code folder}: a folder of the
     * starter that is a link elsewhere would make init write files there. Checked for every file before any is
     * written.
     */
    private static void inside(Path folder, Path file) {
        Path existing = file.getParent();
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null || !existing.startsWith(folder)) {
            return;
        }
        try {
            Path root = folder.toRealPath();
            if (!existing.toRealPath().startsWith(root)) {
                throw new InvalidConfigurationException(
                        "dir",
                        "'" + folder.relativize(existing).toString().replace('\\', '/') + "' in " + folder
                                + " is a link that leads out of it; init writes only inside the folder, so nothing"
                                + " was written");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + existing + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code file} unless something is there already, even a dangling link; says whether it wrote it. */
    private static boolean write(Path file, byte[] content) {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            if (file.getFileName().toString().equals(WRAPPER)
                    && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> files() {
        return new String(resource(INDEX), StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
    }

    /** The stored file, with the version of soc2kit in place of {@code @soc2kit.version@} (the pom's plugin). */
    private static byte[] content(String stored) {
        byte[] bytes = resource(STARTER + stored);
        if (!stored.equals("pom.xml")) {
            return bytes;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.replace("@soc2kit.version@", Version.current()).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PolicyInitializer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("starter file missing from the classpath: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
