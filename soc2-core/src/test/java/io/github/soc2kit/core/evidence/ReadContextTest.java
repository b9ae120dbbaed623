package io.github.soc2kit.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.soc2kit.core.model.EvidenceSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest of an evidence file covers all of its bytes, however much of them the parser read. */
class ReadContextTest {

    @TempDir
    Path repo;

    /** Where a file outside the repository is. */
    @TempDir
    Path elsewhere;

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
    void judges_a_listed_file_as_it_is_when_it_changed_after_the_walk() throws IOException {
        Path outside = Files.writeString(elsewhere.resolve("secret.json"), "[{\"id\": \"leaked\"}]");
        Files.writeString(repo.resolve("evidence/gone.json"), "[]");
        EvidenceSource source = TestSources.source("exports", "generic-json", "evidence/*.json");
        assertThat(context.files(source))
                .containsExactly(repo.resolve("evidence/export.json"), repo.resolve("evidence/gone.json"));

        Files.delete(file);
        Files.createSymbolicLink(file, outside); // a link put where the walk listed a plain file
        Files.delete(repo.resolve("evidence/gone.json"));

        assertThatThrownBy(() -> context.open(file))
                .isInstanceOf(EvidenceException.class)
                .hasMessage("evidence file 'evidence/export.json' is a link that leads outside the repository;"
                        + " soc2kit did not read it");
        assertThatThrownBy(() -> context.open(repo.resolve("evidence/gone.json")))
                .isInstanceOf(EvidenceException.class)
                .hasMessage("evidence file 'evidence/gone.json' does not exist; soc2kit did not read it");
    }

    @Test
    void files_whose_names_read_alike_keep_their_own_paths_and_digests() throws IOException {
        Files.createDirectories(repo.resolve("evidence/a"));
        Files.writeString(repo.resolve("evidence/a/b.json"), "[1]");
        Files.writeString(repo.resolve("evidence/a\\b.json"), "[2]");
        EvidenceSource source = TestSources.source("exports", "generic-json", "evidence/**.json");
        for (Path listed : context.files(source)) {
            try (InputStream in = context.open(listed)) {
                in.readAllBytes();
            }
        }

        assertThat(context.digests().keySet())
                .containsExactlyInAnyOrder("evidence/export.json", "evidence/a/b.json", "evidence/a\\b.json");
        assertThat(context.relative(repo.resolve("evidence/./a/b.json"))).isEqualTo("evidence/a/b.json");
        assertThat(context.relative(repo.resolve("evidence/./a\\b.json")))
                .as("a path with a '.' on its way")
                .isEqualTo("evidence/a\\b.json");
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

    @Test
    void gives_a_small_file_read_ahead_from_memory_and_records_its_digest_once_it_is_parsed() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        context.readAhead(file, 32 * 1024);
        Files.delete(file); // read ahead: opening it does not read the file again

        assertThat(context.digests()).isEmpty();
        try (InputStream in = context.open(file)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        Files.write(file, bytes);
        assertDigestOfWholeFile();
    }

    @Test
    void leaves_a_larger_file_to_be_opened_when_it_is_parsed() throws IOException {
        context.readAhead(file, 1024);
        assertThat(context.digests()).isEmpty();

        try (InputStream in = context.open(file)) {
            assertThat(in.readAllBytes()).hasSize((int) Files.size(file));
        }
        assertDigestOfWholeFile();
    }

    @Test
    void refuses_to_read_ahead_what_it_refuses_to_open() throws IOException {
        Path folder = repo.resolve("evidence/folder.json");
        Files.createDirectories(folder);

        assertThatThrownBy(() -> context.readAhead(folder, 1024))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining(
                        "evidence file 'evidence/folder.json' is a folder, not a file; soc2kit did not read it");
        assertThatThrownBy(() -> context.readAhead(repo.resolve("evidence/missing.json"), 1024))
                .hasMessageContaining("evidence file 'evidence/missing.json' does not exist");
    }

    @Test
    void counts_every_record_without_a_file_of_its_join_and_names_the_first_ten_for_each_source() {
        EvidenceSource pulls = TestSources.source("github-pulls", "github-pulls", "evidence/pulls.json");
        EvidenceSource archived = TestSources.source("archived-pulls", "github-pulls", "evidence/archived.json");
        context.countUnjoined(archived, () -> "acme/api#1");
        List<String> made = new ArrayList<>();
        for (int number = 1; number <= 12; number++) {
            String key = "acme/api#" + number;
            context.countUnjoined(pulls, () -> {
                made.add(key);
                return key;
            });
        }

        ReadContext.Unjoined unjoined = context.unjoined("github-pulls");
        assertThat(unjoined.count()).isEqualTo(12);
        assertThat(unjoined.first())
                .containsExactly(
                        "acme/api#1",
                        "acme/api#2",
                        "acme/api#3",
                        "acme/api#4",
                        "acme/api#5",
                        "acme/api#6",
                        "acme/api#7",
                        "acme/api#8",
                        "acme/api#9",
                        "acme/api#10");
        assertThat(made).as("a key nobody reads is not made").hasSize(10);
        assertThat(context.unjoined("archived-pulls"))
                .as("another source joining the same one counts its own")
                .isEqualTo(new ReadContext.Unjoined(1, List.of("acme/api#1")));
        assertThat(context.unjoined("okta-users")).isNull();
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
