package io.github.soc2kit.core.diag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes reports to disk: UTF-8, replaced atomically (never half-written); a text given whole gets '\n' endings, and
 * content written as it is made must write them itself.
 */
public final class ReportWriter {

    private ReportWriter() {}

    /** What writes a report's text. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes text through a temporary file in the same folder, then moves it into place. */
    public static void writeAtomically(Path file, String text) {
        writeAtomically(file, out -> out.write(text.replace("\r\n", "\n")));
    }

    /**
     * Writes what {@code content} writes, as UTF-8, through a temporary file in the same folder, then moves it into
     * place: a large report is written as it is made, never held whole as text.
     */
    public static void writeAtomically(Path file, Content content) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            try {
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    content.writeTo(out);
                }
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.getFileName(), e);
        }
    }
}
