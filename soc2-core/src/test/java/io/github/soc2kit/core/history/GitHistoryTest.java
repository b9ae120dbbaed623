package io.github.soc2kit.core.history;

import static io.github.soc2kit.core.history.GitFixture.ANA;
import static io.github.soc2kit.core.history.GitFixture.BEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.soc2kit.core.diag.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history of policy and control files, read with JGit from repositories built in each test. */
class GitHistoryTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate START = LocalDate.parse("2026-01-01");

    @TempDir
    Path temp;

    static String policy(int approvals, String extra) {
        return """
                id: change-management
                title: Change Management Policy
                version: '1.%d'
                owner: ben@tiny.example
                approval:
                  by: ana@tiny.example
                  on: 2025-12-01
                review: annual
                %sparameters:
                  required_approvals: %d
                sections:
                  - title: Purpose
                    text: Every change needs {{required_approvals}} approvals.
                """.formatted(approvals, extra, approvals);
    }

    private static List<String> describe(RepositoryHistory history) {
        return history.versions().stream()
                .map(v -> v.path() + " " + v.shortCommit().length() + " " + v.time() + " " + v.author() + " / "
                        + v.committer() + " '" + v.message().lines().findFirst().orElse("") + "' "
                        + (v.approval() == null ? "unapproved" : v.approval().describe()) + " effective "
                        + v.effective()
                        + " required_approvals="
                        + (v.policy() == null ? "-" : v.policy().parameters().get("required_approvals")))
                .toList();
    }

    @Test
    void lists_versions_with_approvals_and_effective_days_in_the_company_zone() {
        try (GitFixture git = GitFixture.init(temp)) {
            git.write("soc2.yaml", "organization: Tiny Co\n").write("policies/change-management.yaml", policy(1, ""));
            git.commit(
                    "2025-11-20T09:00:00Z", BEN, "Add the change policy\n\nApproved-by: Ana Lima <ana@tiny.example>\n");
            git.write("README.md", "not a policy\n");
            git.commit("2025-12-01T09:00:00Z", BEN, "Readme");
            git.branch("two-approvals");
            git.write("policies/change-management.yaml", policy(2, ""));
            git.commit("2026-02-27T10:00:00Z", BEN, "Require two approvals");
            git.checkout("main");
            git.mergePullRequest("two-approvals", 7, "2026-02-28T23:30:00Z", ANA);
            git.write("policies/change-management.yaml", policy(3, "effective: 2026-05-01\n"));
            git.commit("2026-04-10T08:00:00Z", BEN, "Three approvals from May");

            RepositoryHistory history = new GitHistory().read(temp, BERLIN, START);

            assertThat(history.available()).isTrue();
            assertThat(history.findings()).isEmpty();
            assertThat(describe(history))
                    .containsExactly(
                            "policies/change-management.yaml 7 2025-11-20T09:00:00Z Ben Okafor <ben@tiny.example> / Ben Okafor <ben@tiny.example> 'Add the change policy' Approved-by: Ana Lima <ana@tiny.example> effective 2025-11-20 required_approvals=1",
                            "policies/change-management.yaml 7 2026-02-28T23:30:00Z Ana Lima <ana@tiny.example> / Ana Lima <ana@tiny.example> 'Merge pull request #7 from tiny/two-approvals' pull request #7 effective 2026-03-01 required_approvals=2",
                            "policies/change-management.yaml 7 2026-04-10T08:00:00Z Ben Okafor <ben@tiny.example> / Ben Okafor <ben@tiny.example> 'Three approvals from May' unapproved effective 2026-05-01 required_approvals=3");
            assertThat(history.policy("change-management")).hasSize(3);
        }
    }

    @Test
    void reads_a_policy_repository_in_a_subfolder_of_the_work_tree_and_its_uncommitted_changes() throws Exception {
        try (GitFixture git = GitFixture.init(temp)) {
            git.write("compliance/soc2.yaml", "organization: Tiny Co\n")
                    .write("compliance/policies/change-management.yaml", policy(1, ""))
                    .write("policies/elsewhere.yaml", policy(5, ""));
            git.commit("2026-01-05T09:00:00Z", BEN, "Start");
            git.write("compliance/policies/change-management.yaml", policy(2, ""));

            RepositoryHistory history = new GitHistory().read(temp.resolve("compliance"), BERLIN, START);

            assertThat(describe(history))
                    .containsExactly(
                            "policies/change-management.yaml 7 2026-01-05T09:00:00Z Ben Okafor <ben@tiny.example> / Ben Okafor <ben@tiny.example> 'Start' unapproved effective 2026-01-05 required_approvals=1",
                            "policies/change-management.yaml 12 null  /  '' unapproved effective null required_approvals=2");
            assertThat(history.versions().get(1).uncommitted()).isTrue();
        }
    }

    @Test
    void follows_a_nested_subfolder_that_was_a_file_first_and_policies_deleted_and_added_again() throws Exception {
        try (GitFixture git = GitFixture.init(temp)) {
            git.write("org/compliance", "a file, before the folder\n");
            git.commit("2026-01-02T09:00:00Z", BEN, "A file");
            Files.delete(temp.resolve("org/compliance"));
            git.write("org/compliance/soc2.yaml", "organization: Tiny Co\n")
                    .write("org/compliance/policies/change-management.yaml", policy(1, ""));
            git.commit("2026-01-05T09:00:00Z", BEN, "The folder");
            git.write("org/compliance/README.md", "not a policy\n");
            git.commit("2026-01-10T09:00:00Z", BEN, "Readme");
            Files.delete(temp.resolve("org/compliance/policies/change-management.yaml"));
            git.commit("2026-01-15T09:00:00Z", BEN, "No policy");
            git.write("org/compliance/policies/change-management.yaml", policy(2, ""));
            git.commit("2026-01-20T09:00:00Z", BEN, "The policy again");

            RepositoryHistory history = new GitHistory().read(temp.resolve("org/compliance"), BERLIN, START);

            assertThat(describe(history))
                    .containsExactly(
                            "policies/change-management.yaml 7 2026-01-05T09:00:00Z Ben Okafor <ben@tiny.example> / Ben Okafor <ben@tiny.example> 'The folder' unapproved effective 2026-01-05 required_approvals=1",
                            "policies/change-management.yaml 7 2026-01-20T09:00:00Z Ben Okafor <ben@tiny.example> / Ben Okafor <ben@tiny.example> 'The policy again' unapproved effective 2026-01-20 required_approvals=2");
        }
    }

    @Test
    void an_oversized_old_version_is_no_policy_and_is_never_loaded_whole() throws Exception {
        try (GitFixture git = GitFixture.init(temp)) {
            git.write("soc2.yaml", "organization: Tiny Co\n")
                    .write(
                            "policies/change-management.yaml",
                            policy(1, "") + "# " + "x".repeat(5 * 1024 * 1024) + "\n");
            git.commit("2026-01-05T09:00:00Z", BEN, "Huge");
            git.write("policies/change-management.yaml", policy(2, ""));
            git.commit("2026-01-06T09:00:00Z", BEN, "Normal");

            RepositoryHistory history = new GitHistory().read(temp, BERLIN, START);

            assertThat(history.versions())
                    .extracting(v -> v.message().strip() + " " + (v.policy() != null))
                    .containsExactly("Huge false", "Normal true");
            Repository repo = git.git().getRepository();
            ObjectId huge = repo.resolve("HEAD~1:policies/change-management.yaml");
            try (ObjectReader real = repo.newObjectReader();
                    ObjectReader reader = new ObjectReader.Filter() {
                        @Override
                        protected ObjectReader delegate() {
                            return real;
                        }

                        @Override
                        public ObjectLoader open(AnyObjectId id, int type) throws IOException {
                            assertThat(id)
                                    .as("the oversized version is never opened")
                                    .isNotEqualTo(huge);
                            return real.open(id, type);
                        }
                    }) {
                assertThat(GitHistory.text(reader, huge)).isEmpty();
                assertThat(GitHistory.text(reader, repo.resolve("HEAD:policies/change-management.yaml")))
                        .isEqualTo(policy(2, ""));
            }
        }
    }

    @Test
    void a_shallow_clone_that_begins_before_the_policies_were_written_still_says_what_to_fetch() throws Exception {
        Path origin = temp.resolve("origin");
        try (GitFixture git = GitFixture.init(origin)) {
            git.write("README.md", "a readme\n");
            git.commit("2025-11-20T09:00:00Z", BEN, "Readme");
            git.write("README.md", "a longer readme\n");
            git.commit("2026-02-01T09:00:00Z", BEN, "Longer readme");
            git.write("soc2.yaml", "organization: Tiny Co\n").write("policies/change-management.yaml", policy(2, ""));
            git.commit("2026-03-01T09:00:00Z", BEN, "The policies");
        }
        try (Git shallow = shallowClone(origin, 2)) {
            RepositoryHistory history = new GitHistory().read(temp.resolve("clone"), BERLIN, START);
            String oldest =
                    shallow.getRepository().resolve("HEAD~1").abbreviate(7).name();
            assertThat(history.findings())
                    .extracting(Finding::format)
                    .containsExactly(shallowWarning(oldest, "2026-02-01"));
        }
    }

    @Test
    void a_submodule_named_like_a_policy_file_is_no_version() throws Exception {
        try (GitFixture git = GitFixture.init(temp)) {
            git.write("soc2.yaml", "organization: Tiny Co\n").write("policies/change-management.yaml", policy(1, ""));
            DirCache index = git.git().getRepository().lockDirCache();
            DirCacheBuilder builder = index.builder();
            for (int i = 0; i < index.getEntryCount(); i++) {
                builder.add(index.getEntry(i));
            }
            DirCacheEntry submodule = new DirCacheEntry("policies/vendor.yaml");
            submodule.setFileMode(FileMode.GITLINK);
            submodule.setObjectId(ObjectId.fromString("1111111111111111111111111111111111111111"));
            builder.add(submodule);
            builder.commit();
            git.git()
                    .add()
                    .addFilepattern("soc2.yaml")
                    .addFilepattern("policies/change-management.yaml")
                    .call();
            PersonIdent at = new PersonIdent(BEN, Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);
            git.git()
                    .commit()
                    .setMessage("With a submodule")
                    .setAuthor(at)
                    .setCommitter(at)
                    .setSign(false)
                    .call();

            RepositoryHistory history = new GitHistory().read(temp, BERLIN, START);

            assertThat(history.versions())
                    .extracting(FileVersion::path)
                    .containsExactly("policies/change-management.yaml");
        }
    }

    @Test
    void a_repository_with_a_missing_commit_fails_with_a_message_that_names_it() throws Exception {
        String root;
        try (GitFixture git = GitFixture.init(temp)) {
            git.write("soc2.yaml", "organization: Tiny Co\n").write("policies/change-management.yaml", policy(1, ""));
            root = git.commit("2026-01-05T09:00:00Z", BEN, "Start").name();
            git.write("policies/change-management.yaml", policy(2, ""));
            git.commit("2026-01-06T09:00:00Z", BEN, "Two");
        }
        Files.delete(temp.resolve(".git/objects/" + root.substring(0, 2) + "/" + root.substring(2)));

        assertThatThrownBy(() -> new GitHistory().read(temp, BERLIN, START))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("cannot read the git history of ")
                .hasMessageContaining(root);
    }

    @Test
    void a_folder_outside_git_gets_a_note() throws Exception {
        Files.writeString(temp.resolve("soc2.yaml"), "organization: Tiny Co\n");
        RepositoryHistory history = new GitHistory().read(temp, BERLIN, START);
        assertThat(history.available()).isFalse();
        assertThat(history.findings())
                .extracting(Finding::format)
                .containsExactly(
                        "soc2.yaml: note: the policy repository is not in a git repository: the history checks (policy versions,"
                                + " reviews and owner changes from git, parameters in force by date) were skipped [history-unavailable]");
    }

    @Test
    void a_shallow_clone_that_begins_after_the_period_start_says_what_to_fetch() throws Exception {
        Path origin = temp.resolve("origin");
        try (GitFixture git = GitFixture.init(origin)) {
            git.write("soc2.yaml", "organization: Tiny Co\n").write("policies/change-management.yaml", policy(1, ""));
            git.commit("2025-11-20T09:00:00Z", BEN, "Add the change policy");
            git.write("policies/change-management.yaml", policy(2, ""));
            git.commit("2026-03-01T09:00:00Z", BEN, "Two approvals");
        }
        try (Git shallow = shallowClone(origin, 1)) {
            RepositoryHistory history = new GitHistory().read(temp.resolve("clone"), BERLIN, START);
            String head = shallow.getRepository().resolve("HEAD").abbreviate(7).name();
            assertThat(history.findings())
                    .extracting(Finding::format)
                    .containsExactly(shallowWarning(head, "2026-03-01"));
            assertThat(history.findings().get(0).hint())
                    .isEqualTo(
                            "fetch the whole history: run 'git fetch --unshallow', or set 'fetch-depth: 0' on actions/checkout");
        }
    }

    /** A clone of {@code origin} in temp/clone with the last {@code depth} commits. */
    private Git shallowClone(Path origin, int depth) throws Exception {
        return Git.cloneRepository()
                .setURI(origin.toUri().toString())
                .setDirectory(temp.resolve("clone").toFile())
                .setDepth(depth)
                .call();
    }

    private static String shallowWarning(String commit, String day) {
        return "soc2.yaml: warning: the git history is shallow: it begins with commit " + commit + " on " + day
                + ", after the start of the observation period on 2026-01-01, so the versions in force before then are"
                + " unknown [history-shallow]";
    }
}
