package io.github.soc2kit.core.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.soc2kit.core.history.GitHistory;
import io.github.soc2kit.core.history.RepositoryHistory;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds a repository of {@code soc2.bench.commits} commits (default 10,000; every 100th changes the policy) and
 * prints how long the policy history takes with JGit compared with {@code git log} over the same paths. It asserts
 * the history, never a wall-clock time; the target is a ratio of at most 1.5. Skipped without {@code git}
 * (which only builds the repository and gives the reference time).
 */
class HistoryBenchmarkTest {

    @TempDir
    Path temp;

    @Test
    void prints_the_ratio_of_policy_history_time_to_git_log_time() throws Exception {
        assumeTrue(run(temp, "git", "--version") == 0, "git is not installed");
        int commits = Integer.getInteger("soc2.bench.commits", 10_000);
        Path repo = temp.resolve("repo");
        assertThat(run(temp, "git", "init", "-q", repo.toString())).isZero();
        assertThat(run(repo, "git", "symbolic-ref", "HEAD", "refs/heads/main")).isZero();
        fastImport(repo, commits);

        GitHistory history = new GitHistory();
        RepositoryHistory read = history.read(repo, ZoneOffset.UTC, LocalDate.parse("2020-01-01"));
        assertThat(read.policy("change-management")).hasSize(commits / 100 + 1);
        List<String> gitLog = List.of(
                "git",
                "log",
                "--first-parent",
                "--format=%H%x00%an%x00%ae%x00%cn%x00%ce%x00%ct%x00%B",
                "--",
                "policies",
                "controls");
        run(repo, gitLog.toArray(String[]::new)); // warm up both; then the best of twenty runs each
        long jgit = Long.MAX_VALUE;
        long git = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            long t0 = System.nanoTime();
            history.read(repo, ZoneOffset.UTC, LocalDate.parse("2020-01-01"));
            long t1 = System.nanoTime();
            run(repo, gitLog.toArray(String[]::new));
            long t2 = System.nanoTime();
            jgit = Math.min(jgit, t1 - t0);
            git = Math.min(git, t2 - t1);
        }
        System.out.printf(
                Locale.ROOT,
                "policy history of a %,d-commit repository: JGit %d ms, git log %d ms, ratio %.2f"
                        + " (target: at most 1.5)%n",
                commits,
                jgit / 1_000_000,
                git / 1_000_000,
                (double) jgit / git);
    }

    /** Writes the commits with {@code git fast-import}: a readme change per commit, the policy every 100th. */
    private static void fastImport(Path repo, int commits) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("git", "fast-import", "--quiet")
                .directory(repo.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (OutputStream out = new BufferedOutputStream(process.getOutputStream(), 1 << 16)) {
            long time = 1_700_000_000L;
            for (int n = 1; n <= commits; n++) {
                StringBuilder c = new StringBuilder();
                c.append("commit refs/heads/main\nmark :").append(n).append('\n');
                c.append("author Ben Okafor <ben@tiny.example> ")
                        .append(time + n * 600L)
                        .append(" +0000\n");
                c.append("committer Ben Okafor <ben@tiny.example> ")
                        .append(time + n * 600L)
                        .append(" +0000\n");
                data(c, "Change " + n + "\n");
                if (n > 1) {
                    c.append("from :").append(n - 1).append('\n');
                }
                c.append("M 100644 inline src/file-").append(n % 100).append(".txt\n");
                data(c, "change " + n + "\n");
                if (n == 1 || n % 100 == 0) {
                    c.append("M 100644 inline policies/change-management.yaml\n");
                    data(
                            c,
                            "id: change-management\ntitle: Change Management Policy\nversion: '1." + n
                                    + "'\nowner: ben@tiny.example\n"
                                    + "approval:\n  by: ana@tiny.example\n  on: 2025-12-01\nreview: annual\nparameters:\n"
                                    + "  required_approvals: " + n
                                    + "\nsections:\n  - title: Purpose\n    text: Approvals.\n");
                }
                c.append('\n');
                out.write(c.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(process.waitFor()).isZero();
    }

    private static void data(StringBuilder c, String text) {
        c.append("data ")
                .append(text.getBytes(StandardCharsets.UTF_8).length)
                .append('\n')
                .append(text);
    }

    private static int run(Path dir, String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(command));
        Process process = new ProcessBuilder(args)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return process.waitFor();
    }
}
