package io.github.soc2kit.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest of an evidence file covers all of its bytes, however much of them the parser read. */
class ReadContextTest {

    @TempDir
    Path repo;

    private Path file;
    private ReadContext context;

    @BeforeEach
    void export() throws IOException {
        file = repo.resolve("evidence/export.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "[{\"id\": 1}]\n" + " ".repeat(20_000) + "\n", StandardCharsets.UTF_8);
        context = new ReadContext(repo, Map.of());
    }

    @Test
    void digests_a_file_read_to_its_end() throws IOException {
        try (InputStream in = context.open(file)) {
            assertThat(in.readAllBytes()).hasSize((int) Files.size(file));
        }

        assertDigestOfWholeFile();
    }

    @Test
    void digests_the_rest_of_a_file_the_parser_stopped_reading() throws IOException {
        try (InputStream in = context.open(file)) {
            assertThat(in.read()).isEqualTo('[');
            assertThat(in.read(new byte[100], 0, 100)).isEqualTo(100);
        }

        assertDigestOfWholeFile();
    }

    @Test
    void digests_the_bytes_a_reader_skips() throws IOException {
        try (InputStream in = context.open(file)) {
            assertThat(in.skip(8)).isEqualTo(8);
            assertThat(in.read()).isEqualTo('1');
            assertThat(in.skip(-1)).isZero();
            assertThat(in.skip(1_000_000)).isPositive();
        }

        assertDigestOfWholeFile();
    }

    private void assertDigestOfWholeFile() throws IOException {
        ReadContext.FileDigest digest = context.digests().get("evidence/export.json");
        assertThat(digest.bytes()).isEqualTo(Files.size(file));
        assertThat(digest.sha256()).isEqualTo(sha256(Files.readAllBytes(file)));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
