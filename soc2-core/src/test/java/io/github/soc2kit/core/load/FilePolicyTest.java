package io.github.soc2kit.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.api.EvidenceVerifier;
import io.github.soc2kit.core.api.PolicyValidator;
import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.api.ValidateRequest;
import io.github.soc2kit.core.api.ValidateResult;
import io.github.soc2kit.core.api.VerifyRequest;
import io.github.soc2kit.core.api.VerifyResult;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.LogEntry;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.TestSources;
import io.github.soc2kit.core.rules.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * soc2kit reads only regular files whose real path lies inside the repository: a link to a secret elsewhere on
 * the machine, a FIFO or a folder is refused before it is opened, with a located finding that says what it is
 * and never what it holds.
 */
class FilePolicyTest {

    private static final String SECRET = "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI-do-not-leak";

    @TempDir
    Path temp;

    private Path secret() throws IOException {
        Path secret = temp.resolve("elsewhere/secret.yaml");
        Files.createDirectories(secret.getParent());
        Files.writeString(secret, "id: leaked\nnote: " + SECRET + "\n");
        return secret;
    }

    @Test
    void says_what_a_file_is_when_it_may_not_be_read() throws IOException {
        Path root = Files.createDirectories(temp.resolve("repo"));
        Files.writeString(root.resolve("plain.yaml"), "a: 1\n");
        Files.createSymbolicLink(root.resolve("inside.yaml"), root.resolve("plain.yaml"));
        Files.createSymbolicLink(root.resolve("outside.yaml"), secret());
        Files.createSymbolicLink(root.resolve("dangling.yaml"), root.resolve("gone.yaml"));
        Files.createSymbolicLink(root.resolve("loop-a.yaml"), root.resolve("loop-b.yaml"));
        Files.createSymbolicLink(root.resolve("loop-b.yaml"), root.resolve("loop-a.yaml"));
        Files.createDirectories(root.resolve("folder.yaml"));

        assertThat(new FilePolicy(root).refusal(root.resolve("plain.yaml"))).isNull();
        assertThat(new FilePolicy(root).refusal(root.resolve("inside.yaml"))).isNull();
        assertThat(new FilePolicy(root).refusal(root.resolve("outside.yaml")))
                .isEqualTo("is a link that leads outside the repository");
        assertThat(new FilePolicy(root).refusal(root.resolve("dangling.yaml")))
                .isEqualTo("is a link to a file that does not exist");
        assertThat(new FilePolicy(root).refusal(root.resolve("loop-a.yaml")))
                .isEqualTo("is a link that cannot be followed (a loop of links?)");
        assertThat(new FilePolicy(root).refusal(root.resolve("folder.yaml"))).isEqualTo("is a folder, not a file");
        FilePolicy policy = new FilePolicy(root);
        for (String name : List.of("plain.yaml", "inside.yaml", "outside.yaml", "dangling.yaml", "loop-a.yaml")) {
            assertThat(policy.refusalBeforeOpening(root.resolve(name)))
                    .as("an evidence reader's question about " + name)
                    .isEqualTo(policy.refusal(root.resolve(name)));
        }
        assertThat(policy.refusalBeforeOpening(root.resolve("folder.yaml"))).isEqualTo("is a folder, not a file");
    }

    @Test
    void one_policy_judges_the_files_of_each_folder_by_where_the_folder_really_is() throws IOException {
        Path root = Files.createDirectories(temp.resolve("repo"));
        Files.createDirectories(root.resolve("evidence/real"));
        Files.writeString(root.resolve("evidence/real/a.json"), "[]");
        Files.writeString(root.resolve("evidence/real/b.json"), "[]");
        Files.createSymbolicLink(root.resolve("evidence/inside"), root.resolve("evidence/real"));
        Files.createSymbolicLink(root.resolve("evidence/outside"), secret().getParent());
        FilePolicy policy = new FilePolicy(root);

        assertThat(policy.refusal(root.resolve("evidence/real/a.json"))).isNull();
        assertThat(policy.refusal(root.resolve("evidence/real/b.json"))).isNull();
        assertThat(policy.refusal(root.resolve("evidence/real/c.json"))).isEqualTo("does not exist");
        assertThat(policy.refusal(root.resolve("evidence/inside/a.json"))).isNull();
        assertThat(policy.refusal(root.resolve("evidence/outside/secret.yaml")))
                .isEqualTo("is a link that leads outside the repository");
        assertThat(policy.refusal(root.resolve("evidence/outside/../real/a.json")))
                .as("'..' after a link leads out of the link's target, as the system resolves it")
                .isEqualTo("does not exist");
        assertThat(policy.refusal(root.resolve("evidence/outside/../repo/evidence/real/a.json")))
                .isNull();
        assertThat(policy.refusal(root.resolve("evidence/real/.."))).isEqualTo("is a folder, not a file");
    }

    @Test
    void a_link_to_a_file_the_glob_does_not_match_is_listed_whatever_the_walk_meets_first() throws IOException {
        Path root = Files.createDirectories(temp.resolve("repo"));
        Files.writeString(root.resolve("data.txt"), "[]");
        Files.createSymbolicLink(root.resolve("export.json"), root.resolve("data.txt"));
        Files.writeString(root.resolve("plain.json"), "[]");
        Files.createSymbolicLink(root.resolve("same.json"), root.resolve("plain.json"));

        assertThat(new FilePolicy(root).glob("*.json").files())
                .as("the link to data.txt is the only name of a .json file; the link to plain.json is an alias")
                .containsExactly(root.resolve("export.json"), root.resolve("plain.json"));
    }

    @Test
    void lists_the_files_behind_a_link_to_a_folder_that_the_walk_reaches_only_at_its_depth_limit() throws IOException {
        Path root = Files.createDirectories(temp.resolve("repo"));
        Files.createDirectories(root.resolve("evidence/r/s"));
        Files.writeString(root.resolve("evidence/r/s/x.json"), "[]");
        Files.createSymbolicLink(root.resolve("evidence/l"), root.resolve("evidence/r/s"));

        assertThat(new FilePolicy(root).glob("evidence/*/x.json").files())
                .as("evidence/r/s is at the walk's depth limit: its own files are never listed, the link's are")
                .containsExactly(root.resolve("evidence/l/x.json"));
    }

    @Test
    void lists_the_files_behind_a_link_to_a_folder_whose_own_files_the_glob_does_not_match() throws IOException {
        Path root = Files.createDirectories(temp.resolve("repo"));
        Files.createDirectories(root.resolve("evidence/zz"));
        Files.writeString(root.resolve("evidence/zz/x.json"), "[]");
        Files.createSymbolicLink(root.resolve("evidence/ab"), root.resolve("evidence/zz"));
        Files.createDirectories(root.resolve("evidence/a/b/c"));
        Files.writeString(root.resolve("evidence/a/b/x.json"), "[]");
        Files.writeString(root.resolve("evidence/a/b/c/x.json"), "[]");
        Files.createSymbolicLink(root.resolve("evidence/l"), root.resolve("evidence/a/b"));
        FilePolicy policy = new FilePolicy(root);

        assertThat(policy.glob("evidence/a*/x.json").files())
                .as("the walk enters evidence/zz too, but the glob matches its file only under the link's name")
                .containsExactly(root.resolve("evidence/ab/x.json"));
        assertThat(policy.listedPlain(root.resolve("evidence/ab/x.json")))
                .as("listed, but through a link")
                .isFalse();
        assertThat(policy.glob("evidence/*/*/x.json").files())
                .as("evidence/a/b/c/x.json is one level too deep under its own name, not under the link's")
                .containsExactly(root.resolve("evidence/a/b/x.json"), root.resolve("evidence/l/c/x.json"));
    }

    @Test
    void a_file_that_several_links_lead_to_is_listed_once_under_its_smallest_name() throws IOException {
        Path root = Files.createDirectories(temp.resolve("repo"));
        Files.writeString(root.resolve("data.txt"), "[]");
        for (String name : List.of("m.json", "z.json", "b.json", "y.json")) {
            Files.createSymbolicLink(root.resolve(name), root.resolve("data.txt"));
        }

        assertThat(new FilePolicy(root).glob("*.json").files())
                .as("whatever order the folder's listing gives")
                .containsExactly(root.resolve("b.json"));
    }

    @Test
    void a_special_file_or_a_folder_behind_a_link_to_a_folder_is_listed_or_refused_once() throws Exception {
        Path root = Files.createDirectories(temp.resolve("repo"));
        Path fifo = Files.createDirectories(root.resolve("evidence/real")).resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");
        Files.createSymbolicLink(root.resolve("evidence/real/out"), secret().getParent());
        Files.createSymbolicLink(root.resolve("evidence/linked"), root.resolve("evidence/real"));

        FilePolicy.Listing listing = new FilePolicy(root).glob("evidence/**");
        assertThat(listing.files()).containsExactly(fifo);
        assertThat(listing.refused())
                .containsExactly(new FilePolicy.Refused(
                        root.resolve("evidence/real/out"), "is a link that leads outside the repository"));
    }

    @Test
    void a_folder_that_cannot_be_listed_where_the_glob_cannot_match_is_no_concern_of_it() throws IOException {
        Path root = Files.createDirectories(temp.resolve("repo"));
        Files.createDirectories(root.resolve("evidence/okta-1"));
        Files.writeString(root.resolve("evidence/okta-1/users.json"), "[]");
        Path locked = Files.createDirectories(root.resolve("evidence/private"));
        whileLocked(locked, () -> {
            FilePolicy.Listing listing = new FilePolicy(root).glob("evidence/okta-*/users.json");
            assertThat(listing.files()).containsExactly(root.resolve("evidence/okta-1/users.json"));
            assertThat(listing.refused()).isEmpty();
            assertThat(new FilePolicy(root).glob("evidence/*/users.json").refused())
                    .containsExactly(new FilePolicy.Refused(locked, FilePolicy.UNLISTED));
        });
    }

    @Test
    void an_escaped_character_in_the_folders_before_the_first_wildcard_is_read_as_the_glob_reads_it()
            throws IOException {
        Path root = Files.createDirectories(temp.resolve("repo"));
        Files.createDirectories(root.resolve("evidence/a,b"));
        Files.writeString(root.resolve("evidence/a,b/u.json"), "[]");

        assertThat(new FilePolicy(root).glob("evidence/a\\,b/*.json").files())
                .containsExactly(root.resolve("evidence/a,b/u.json"));
        assertThat(FilePolicy.globProblem("evidence/{a,{b}}/*.json"))
                .isEqualTo("is not a glob (Cannot nest groups at character 13)");
        assertThat(FilePolicy.globProblem("evidence/x\u0000.json")).startsWith("is not a path: ");
        assertThat(TestSources.failure(root, TestSources.source("x", "json", "evidence/{a/*.json")))
                .as("an evidence source whose path is no glob is a finding, not a crash")
                .contains("evidence source 'x': path 'evidence/{a/*.json' is not a glob (Missing } at character 18)");
    }

    @Test
    void a_folder_that_cannot_be_listed_behind_a_link_to_its_folder_is_refused_once() throws IOException {
        Path root = Files.createDirectories(temp.resolve("repo"));
        Path locked = Files.createDirectories(root.resolve("evidence/real/locked"));
        Files.createSymbolicLink(root.resolve("evidence/linked"), root.resolve("evidence/real"));
        whileLocked(locked, () -> {
            assertThat(new FilePolicy(root).glob("evidence/**").refused())
                    .containsExactly(new FilePolicy.Refused(locked, FilePolicy.UNLISTED));
        });
    }

    @Test
    void a_walk_where_too_many_links_lead_to_one_folder_is_refused_whole_whatever_order_it_meets_them()
            throws IOException {
        Path root = Files.createDirectories(temp.resolve("repo"));
        Files.createDirectories(root.resolve("shared"));
        Files.writeString(root.resolve("shared/x.json"), "[]");
        Files.createDirectories(root.resolve("evidence"));
        for (int i = 0; i < FilePolicy.MAX_LINKS; i++) {
            Files.createSymbolicLink(root.resolve("evidence/l" + i), root.resolve("shared"));
        }
        FilePolicy.Listing listing = new FilePolicy(root).glob("evidence/*/x.json");
        assertThat(listing.refused()).isEmpty();
        assertThat(listing.files()).containsExactly(root.resolve("evidence/l0/x.json"));

        Files.createSymbolicLink(root.resolve("evidence/l" + FilePolicy.MAX_LINKS), root.resolve("shared"));
        listing = new FilePolicy(root).glob("evidence/*/x.json");
        assertThat(listing.files())
                .as("which links were followed before the ninth depends on the order of the listing")
                .isEmpty();
        assertThat(listing.refused())
                .extracting(FilePolicy.Refused::folder, FilePolicy.Refused::problem, FilePolicy.Refused::hint)
                .containsExactly(tuple(
                        root.resolve("evidence"),
                        "holds links that lead to the folder 'shared' through more than 8 paths, more than soc2kit"
                                + " follows",
                        "link to that folder from fewer places ('find -type l' lists links)"));
    }

    @Test
    void a_loop_that_a_glob_could_match_only_under_the_loops_name_is_refused() throws IOException {
        Path root = Files.createDirectories(temp.resolve("repo"));
        Files.createDirectories(root.resolve("evidence"));
        Files.writeString(root.resolve("evidence/x.json"), "[]");
        Files.createSymbolicLink(root.resolve("evidence/current"), root.resolve("evidence"));

        assertThat(new FilePolicy(root).glob("evidence/*/x.json").refused())
                .containsExactly(new FilePolicy.Refused(
                        root.resolve("evidence/current"),
                        "leads back through a link to a folder that holds it (a loop)"));
        FilePolicy.Listing deep = new FilePolicy(root).glob("evidence/**.json");
        assertThat(deep.files())
                .as("a glob of any depth lists every file below the loop under its own path")
                .containsExactly(root.resolve("evidence/x.json"));
        assertThat(deep.refused()).isEmpty();
        assertThat(new FilePolicy(root).glob("evidence/a*/x.json").refused())
                .as("nothing below 'current' could match")
                .isEmpty();
    }

    @Test
    void a_link_at_the_end_of_too_long_a_chain_of_links_is_refused_not_left_out() throws IOException {
        Path root = Files.createDirectories(temp.resolve("repo"));
        for (int i = 0; i < 50; i++) {
            Path folder = Files.createDirectories(root.resolve("evidence/f" + i));
            Files.writeString(folder.resolve("x.json"), "[]");
            Files.createSymbolicLink(folder.resolve("next"), Path.of("../f" + (i + 1)));
        }
        Files.createDirectories(root.resolve("evidence/f50"));

        FilePolicy.Listing listing = new FilePolicy(root).glob("evidence/f0/**/x.json");
        assertThat(listing.refused())
                .as("the system follows about 40 links in a row; the files beyond are not listed")
                .extracting(FilePolicy.Refused::problem)
                .containsExactly(
                        "is a link that cannot be followed (a loop of links, too many links in a row, or a file on its"
                                + " way)");
    }

    @Test
    void two_links_out_of_the_repository_to_one_file_are_both_listed_to_be_refused() throws IOException {
        Path root = Files.createDirectories(temp.resolve("repo"));
        Files.createSymbolicLink(root.resolve("o1.json"), secret());
        Files.createSymbolicLink(root.resolve("o2.json"), secret());

        assertThat(new FilePolicy(root).glob("*.json").files())
                .containsExactly(root.resolve("o1.json"), root.resolve("o2.json"));
    }

    @Test
    void a_walk_from_a_relative_folder_lists_its_plain_files_under_their_relative_paths() throws IOException {
        Path root = Files.createDirectories(temp.resolve("repo/evidence"));
        Files.writeString(root.resolve("x.json"), "[]");
        Path relative = Path.of("").toAbsolutePath().relativize(temp.resolve("repo"));
        FilePolicy policy = new FilePolicy(relative);

        List<Path> files =
                policy.walk(relative.resolve("evidence"), Integer.MAX_VALUE).files();
        assertThat(files).containsExactly(relative.resolve("evidence/x.json"));
        assertThat(policy.listedPlain(files.get(0))).isTrue();
    }

    @Test
    void files_whose_names_read_alike_are_both_listed() throws Exception {
        Path root = Files.createDirectories(temp.resolve("repo"));
        Files.createDirectories(root.resolve("a"));
        Files.writeString(root.resolve("a/b.json"), "[]");
        Files.writeString(root.resolve("a\\b.json"), "[]");
        Process touch = new ProcessBuilder("sh", "-c", "touch \"$(printf 'x\\376.json')\" \"$(printf 'x\\377.json')\"")
                .directory(root.toFile())
                .start();
        assumeTrue(touch.waitFor(10, TimeUnit.SECONDS) && touch.exitValue() == 0, "no shell to name a file by bytes");

        assertThat(new FilePolicy(root).glob("**.json").files())
                .as("a backslash in a name, and names that are no valid UTF-8")
                .hasSize(4)
                .contains(root.resolve("a/b.json"), root.resolve("a\\b.json"));
    }

    @Test
    void refuses_a_fifo_without_opening_it() throws Exception {
        Path root = Files.createDirectories(temp.resolve("repo"));
        Path fifo = root.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");
        assertThat(new FilePolicy(root).refusal(fifo)).isEqualTo("is not a regular file (a FIFO, socket or device)");
        assertThat(new FilePolicy(root).refusalBeforeOpening(fifo))
                .as("an evidence reader opens the file next: a FIFO would block it")
                .isEqualTo("is not a regular file (a FIFO, socket or device)");
        Files.writeString(root.resolve("plain.json"), "[]");
        FilePolicy walked = new FilePolicy(root);
        assertThat(walked.glob("*.json").files()).containsExactly(fifo, root.resolve("plain.json"));
        assertThat(walked.listedPlain(fifo))
                .as("listed by a walk, but no plain file")
                .isFalse();
        assertThat(walked.listedPlain(root.resolve("plain.json"))).isTrue();
    }

    @Test
    void knows_the_files_its_walks_listed_as_plain_files() throws IOException {
        Path root = Files.createDirectories(temp.resolve("repo"));
        Files.writeString(root.resolve("plain.json"), "[]");
        Files.createSymbolicLink(root.resolve("outside.json"), secret());
        Files.writeString(root.resolve("data.txt"), "[]");
        Files.createSymbolicLink(root.resolve("inside.json"), root.resolve("data.txt"));
        Files.createDirectories(root.resolve("real"));
        Files.writeString(root.resolve("real/deep.json"), "[]");
        Files.createSymbolicLink(root.resolve("linked"), root.resolve("real"));
        FilePolicy policy = new FilePolicy(root);
        assertThat(policy.listedPlain(root.resolve("plain.json")))
                .as("before any walk")
                .isFalse();

        assertThat(policy.glob("**.json").files())
                .containsExactly(
                        root.resolve("inside.json"),
                        root.resolve("outside.json"),
                        root.resolve("plain.json"),
                        root.resolve("real/deep.json"));
        assertThat(policy.listedPlain(root.resolve("plain.json"))).isTrue();
        assertThat(policy.listedPlain(root.resolve("real/deep.json"))).isTrue();
        assertThat(policy.listedPlain(root.resolve("inside.json"))).as("a link").isFalse();
        assertThat(policy.listedPlain(root.resolve("outside.json"))).isFalse();
        assertThat(policy.listedPlain(root.resolve("data.txt")))
                .as("not matched by the glob")
                .isFalse();
        assertThat(policy.listedPlain(root.resolve("linked/deep.json")))
                .as("an alias, not listed")
                .isFalse();
    }

    @Test
    void a_policy_linked_out_of_the_repository_is_refused_and_its_content_is_in_no_report() throws IOException {
        Path root = Fixtures.repository(temp.resolve("repo"));
        Files.createSymbolicLink(root.resolve("policies/secrets.yaml"), secret());

        Path out = temp.resolve("out");
        ValidateResult result = new PolicyValidator()
                .validate(new ValidateRequest(root, root.resolve("target"), out, Soc2Listener.NONE));

        assertThat(result.report().findings())
                .extracting(Finding::format)
                .contains("policies/secrets.yaml: error: 'policies/secrets.yaml' is a link that leads outside the"
                        + " repository; soc2kit did not read it [file-refused]");
        assertThat(Files.readString(result.reportFile())).doesNotContain(SECRET).doesNotContain("leaked");
    }

    @Test
    void an_evidence_export_linked_out_of_the_repository_is_refused_and_its_content_is_in_no_report()
            throws IOException {
        Path root = Fixtures.repository(temp.resolve("repo"));
        Files.createDirectories(root.resolve("evidence/okta"));
        Files.createSymbolicLink(root.resolve("evidence/okta/users.json"), secret());

        Path out = temp.resolve("out");
        VerifyResult result = new EvidenceVerifier()
                .verify(new VerifyRequest(root, root.resolve("target"), out, Fixtures.AFTER_PERIOD, Soc2Listener.NONE));

        assertThat(result.findings().findings())
                .extracting(Finding::format)
                .contains("evidence/okta/users.json: error: evidence file 'evidence/okta/users.json' is a link that"
                        + " leads outside the repository; soc2kit did not read it [evidence-invalid]");
        try (Stream<Path> reports = Files.list(out)) {
            for (Path report : reports.toList()) {
                assertThat(Files.readString(report)).as(report.toString()).doesNotContain(SECRET);
            }
        }
        assertThat(result.console()).flatExtracting(LogEntry::lines).noneMatch(line -> line.contains(SECRET));
    }

    @Test
    void a_controls_folder_that_cannot_be_listed_is_refused_and_the_rest_is_read() throws IOException {
        Path root = Fixtures.repository(temp.resolve("repo"));
        Path archive = Files.createDirectories(root.resolve("controls/archive"));
        Files.copy(root.resolve("controls/CHG-02.yaml"), archive.resolve("CHG-02.yaml"));
        whileLocked(archive, () -> {
            ValidateResult result = new PolicyValidator()
                    .validate(
                            new ValidateRequest(root, root.resolve("target"), temp.resolve("out"), Soc2Listener.NONE));

            assertThat(result.report().findings())
                    .extracting(Finding::format)
                    .containsExactly("controls/archive: error: 'controls/archive' cannot be listed (check its"
                            + " permissions); soc2kit did not read the files in it [file-refused]");
        });
    }

    @Test
    void an_evidence_folder_that_cannot_be_listed_is_a_finding_and_the_verification_goes_on() throws IOException {
        Path root = Fixtures.repository(temp.resolve("repo"), Fixtures.resource("joined"));
        Path exports = Fixtures.resource("evidence");
        Files.createDirectories(root.resolve("evidence/github"));
        Files.copy(exports.resolve("github-pulls/pulls.json"), root.resolve("evidence/github/pulls.json"));
        Path reviews = Files.createDirectories(root.resolve("evidence/github/reviews"));
        Files.copy(exports.resolve("github-reviews/billing-api-101.json"), reviews.resolve("billing-api-101.json"));
        whileLocked(reviews, () -> {
            VerifyResult result = new EvidenceVerifier()
                    .verify(new VerifyRequest(
                            root,
                            root.resolve("target"),
                            temp.resolve("out"),
                            Fixtures.AFTER_PERIOD,
                            Soc2Listener.NONE));

            assertThat(result.findings().findings())
                    .extracting(Finding::format)
                    .contains(
                            "evidence/github/reviews: error: evidence folder 'evidence/github/reviews' cannot be"
                                    + " listed (check its permissions); soc2kit cannot tell which files of"
                                    + " 'evidence/github/reviews/*.json' it holds [evidence-invalid]",
                            "controls/CHG-01.yaml:9:1: error: control 'CHG-01' could not be tested: evidence source"
                                    + " 'github-pulls' could not be read: evidence folder 'evidence/github/reviews'"
                                    + " cannot be listed (check its permissions); soc2kit cannot tell which files of"
                                    + " 'evidence/github/reviews/*.json' it holds [check-failed]");
        });
    }

    @Test
    void a_folder_that_cannot_be_listed_outside_a_glob_does_not_stop_its_reading() throws IOException {
        Path root = Files.createDirectories(temp.resolve("repo"));
        Path secrets = Files.createDirectories(root.resolve("secrets"));
        TestSources.write(root, "evidence/runs/2026-01.json", "[{\"run_id\": 1}]");
        whileLocked(secrets, () -> {
            List<EvidenceRecord> records =
                    TestSources.read(root, TestSources.source("runs", "json", "evidence/runs/*.json"));

            assertThat(records).extracting(EvidenceRecord::key).containsExactly("evidence/runs/2026-01.json#1");
        });
    }

    @Test
    void an_evidence_folder_reached_through_a_link_inside_the_repository_is_read_under_the_links_path()
            throws IOException {
        Path root = Files.createDirectories(temp.resolve("repo"));
        TestSources.write(root, "archive/2026/runs/2026-01.json", "[{\"run_id\": 1}]");
        Files.createDirectories(root.resolve("evidence"));
        Files.createSymbolicLink(root.resolve("evidence/runs"), root.resolve("archive/2026/runs"));
        Files.createSymbolicLink(root.resolve("evidence/all"), root.resolve("archive"));

        assertThat(TestSources.read(root, TestSources.source("runs", "json", "evidence/runs/*.json")))
                .extracting(EvidenceRecord::key)
                .containsExactly("evidence/runs/2026-01.json#1");
        assertThat(TestSources.read(root, TestSources.source("all", "json", "evidence/all/**/*.json")))
                .extracting(EvidenceRecord::key)
                .containsExactly("evidence/all/2026/runs/2026-01.json#1");
    }

    @Test
    void an_evidence_folder_linked_out_of_the_repository_is_refused_by_name_and_a_loop_is_not_walked_again()
            throws IOException {
        Path root = Files.createDirectories(temp.resolve("repo"));
        secret();
        Files.createDirectories(root.resolve("evidence/runs"));
        Files.createSymbolicLink(root.resolve("evidence/runs/elsewhere"), temp.resolve("elsewhere"));
        Files.createSymbolicLink(root.resolve("evidence/linked"), temp.resolve("elsewhere"));

        assertThat(TestSources.failure(root, TestSources.source("runs", "yaml", "evidence/runs/**/*.yaml")))
                .startsWith("evidence/runs/elsewhere: evidence folder 'evidence/runs/elsewhere' is a link that leads"
                        + " outside the repository; soc2kit cannot tell which files of 'evidence/runs/**/*.yaml' it"
                        + " holds\n");
        assertThat(TestSources.failure(root, TestSources.source("linked", "yaml", "evidence/linked/*.yaml")))
                .startsWith("evidence/linked: evidence folder 'evidence/linked' is a link that leads outside the"
                        + " repository; soc2kit cannot tell which files of 'evidence/linked/*.yaml' it holds\n");

        Files.delete(root.resolve("evidence/runs/elsewhere"));
        Files.delete(root.resolve("evidence/linked"));
        Files.createSymbolicLink(root.resolve("evidence/runs/again"), root.resolve("evidence"));
        TestSources.write(root, "evidence/top.yaml", "- {id: 1}\n");
        assertThat(TestSources.read(root, TestSources.source("runs", "yaml", "evidence/runs/**/*.yaml")))
                .as("the loop back into evidence/runs is not walked again")
                .extracting(EvidenceRecord::key)
                .containsExactly("evidence/runs/again/top.yaml#1");
    }

    @Test
    void a_folder_reached_twice_through_links_is_read_once_and_links_cannot_multiply_the_walk() throws IOException {
        Path root = Files.createDirectories(temp.resolve("repo"));
        TestSources.write(root, "evidence/okta/2026-03/users.json", "[{\"id\": 1}]");
        Files.createSymbolicLink(root.resolve("evidence/okta/current"), root.resolve("evidence/okta/2026-03"));
        assertThat(TestSources.read(root, TestSources.source("okta", "json", "evidence/okta/**/*.json")))
                .extracting(EvidenceRecord::key)
                .containsExactly("evidence/okta/2026-03/users.json#1");

        // a link to a file the glob does not reach under its own path is the file the glob reads
        TestSources.write(root, "evidence/idp/2026/users.json", "[{\"id\": 2}]");
        Files.createSymbolicLink(root.resolve("evidence/idp/users.json"), root.resolve("evidence/idp/2026/users.json"));
        assertThat(TestSources.read(root, TestSources.source("idp", "json", "evidence/*/users.json")))
                .extracting(EvidenceRecord::key)
                .containsExactly("evidence/idp/users.json#1");

        // each level links twice to the next: 2^40 paths if links were walked every time they are met
        for (int i = 0; i < 40; i++) {
            Path level = Files.createDirectories(root.resolve("evidence/deep/d" + i));
            TestSources.write(root, "evidence/deep/d" + i + "/x.json", "[{\"level\": " + i + "}]");
            Files.createSymbolicLink(level.resolve("a"), root.resolve("evidence/deep/d" + (i + 1)));
            Files.createSymbolicLink(level.resolve("b"), root.resolve("evidence/deep/d" + (i + 1)));
        }
        Files.createDirectories(root.resolve("evidence/deep/d40"));
        assertThat(assertTimeoutPreemptively(
                        java.time.Duration.ofSeconds(60),
                        () -> TestSources.failure(root, TestSources.source("deep", "json", "evidence/deep/**/*.json"))))
                .as("refused, after a few paths through links to each folder")
                .isEqualTo("evidence/deep: evidence folder 'evidence/deep' holds links that lead to the folder"
                        + " 'evidence/deep/d10' through more than 8 paths, more than soc2kit follows; soc2kit cannot tell"
                        + " which files of 'evidence/deep/**/*.json' it holds\nhint: link to that folder from fewer places"
                        + " ('find -type l' lists links)");
    }

    @Test
    void a_repository_given_by_a_relative_path_is_walked_like_an_absolute_one() throws IOException {
        Path root = Fixtures.repository(temp.resolve("repo"));
        Path relative = Path.of("").toAbsolutePath().relativize(root);

        assertThat(Validation.of(relative).report().findings()).isEmpty();
    }

    @Test
    void a_controls_folder_linked_inside_the_repository_is_read_and_one_linked_out_is_refused() throws IOException {
        Path root = Fixtures.repository(temp.resolve("repo"));
        Path shared = Files.createDirectories(root.resolve("shared/controls"));
        Files.move(root.resolve("controls/CHG-02.yaml"), shared.resolve("CHG-02.yaml"));
        Files.createSymbolicLink(root.resolve("controls/shared"), shared);
        Files.createSymbolicLink(root.resolve("controls/elsewhere"), secret().getParent());

        ValidateResult result = new PolicyValidator()
                .validate(new ValidateRequest(root, root.resolve("target"), temp.resolve("out"), Soc2Listener.NONE));

        assertThat(result.report().findings())
                .extracting(Finding::format)
                .containsExactly("controls/elsewhere: error: 'controls/elsewhere' is a link that leads outside the"
                        + " repository; soc2kit did not read the files in it [file-refused]");
    }

    /** What a test does while a folder is locked. */
    private interface Locked {
        void run() throws IOException;
    }

    /**
     * Runs {@code test} with every permission taken from {@code folder}, and gives them back; skips the test where
     * that is not enforced, as for root.
     */
    private static void whileLocked(Path folder, Locked test) throws IOException {
        Files.setPosixFilePermissions(folder, Set.of());
        try {
            assumeFalse(
                    Files.isReadable(folder),
                    "this user reads folders without permission (root does): the test needs a user that does not");
            test.run();
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
