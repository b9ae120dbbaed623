package io.github.soc2kit.core.diag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes reports to disk: deterministic, UTF-8, '\n' endings, replaced atomically (never half-written). */
public final class ReportWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReportWriter() { }

    /** Writes the findings as JSON to {@code file} and returns it. */
    public static Path writeJson(Report report, Path file) {
        ObjectNode root = JSON.createObjectNode();
        root.put("summary", report.summary());
        root.put("errors", report.count(Severity.ERROR));
        root.put("warnings", report.count(Severity.WARNING));
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode node = findings.addObject();
            node.put("rule", f.ruleId());
            node.put("severity", f.severity().label());
            node.put("path", f.at().path());
            node.put("line", f.at().line());
            node.put("column", f.at().column());
            node.put("message", f.message());
            if (f.hint() != null) {
                node.put("hint", f.hint());
            }
        }
        writeAtomically(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
        return file;
    }

    /** Writes text through a temporary file in the same folder, then moves it into place. */
    public static void writeAtomically(Path file, String text) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            try {
                Files.writeString(temp, text.replace("\r\n", "\n"), StandardCharsets.UTF_8);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.getFileName(), e);
        }
    }
}
