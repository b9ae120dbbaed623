package io.github.soc2kit.core.bench;

import io.github.soc2kit.core.Fixtures;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The generated evidence of the streaming tests, {@link StreamingGuardTest} (every build) and {@link LargeExportTest}
 * ({@code -Pbench}): the {@code bench/large} repository with a GitHub export of pull requests, about 455 bytes of JSON
 * each. Every pull request is merged into main; only the first has an approving review, and all but every 100th
 * carry the {@code docs-only} label, so CHG-01 finds one deviation in every 100 records.
 */
final class PullRequestExport {

    private PullRequestExport() {}

    /** Writes the repository into {@code target} with {@code records} pull requests and returns the export's path. */
    static Path write(Path target, int records) throws IOException {
        Path repo = Fixtures.repository(target, Fixtures.resource("bench/large"));
        Path pulls = repo.resolve("evidence/github/pulls.json");
        Files.createDirectories(pulls.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(pulls, StandardCharsets.UTF_8)) {
            out.write("[\n");
            for (int n = 1; n <= records; n++) {
                String merged = String.format(Locale.ROOT, "2026-%02d-%02dT12:00:00Z", 1 + n % 6, 1 + n % 28);
                out.write(String.format(
                        Locale.ROOT,
                        "{\"url\":\"https://api.github.com/repos/tiny-co/tiny/pulls/%d\","
                                + "\"number\":%d,\"state\":\"closed\",\"title\":\"Change %d\",\"user\":{\"login\":\"benok\",\"type\":\"User\"},"
                                + "\"labels\":%s,\"created_at\":\"2026-01-01T00:00:00Z\",\"merged_at\":\"%s\",\"closed_at\":\"%s\","
                                + "\"head\":{\"ref\":\"f%d\",\"sha\":\"h%d\",\"repo\":{\"name\":\"tiny\",\"full_name\":\"tiny-co/tiny\"}},"
                                + "\"base\":{\"ref\":\"main\",\"sha\":\"b%d\",\"repo\":{\"name\":\"tiny\",\"full_name\":\"tiny-co/tiny\"}}}%s\n",
                        n,
                        n,
                        n,
                        n % 100 == 0 ? "[]" : "[{\"name\":\"docs-only\"}]",
                        merged,
                        merged,
                        n,
                        n,
                        n,
                        n < records ? "," : ""));
            }
            out.write("]\n");
        }
        Path reviews = repo.resolve("evidence/github/reviews");
        Files.createDirectories(reviews);
        Files.writeString(
                reviews.resolve("tiny-1.json"),
                "[{\"id\":1,\"user\":{\"login\":\"anali\"},\"state\":\"APPROVED\","
                        + "\"submitted_at\":\"2026-01-01T01:00:00Z\",\"commit_id\":\"h1\",\"pull_request_url\":"
                        + "\"https://api.github.com/repos/tiny-co/tiny/pulls/1\"}]\n");
        return pulls;
    }
}
