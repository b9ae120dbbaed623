package io.github.soc2kit.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkTreeTest {

    @TempDir
    Path temp;

    @Test
    void a_policy_repository_at_the_root_of_its_git_repository_has_an_empty_prefix() {
        try (GitFixture git = GitFixture.init(temp).write("soc2.yaml", "organization: Tiny\n")) {
            git.commit("2026-01-05T10:00:00Z", GitFixture.ANA, "Policies");
        }

        assertThat(WorkTree.prefix(temp)).contains("");
    }

    @Test
    void a_policy_repository_in_a_sub_folder_has_the_folder_from_the_git_root() {
        try (GitFixture git = GitFixture.init(temp).write("compliance/soc2/soc2.yaml", "organization: Tiny\n")) {
            git.commit("2026-01-05T10:00:00Z", GitFixture.ANA, "Policies");
        }

        assertThat(WorkTree.prefix(temp.resolve("compliance/soc2"))).contains("compliance/soc2/");
    }

    @Test
    void a_policy_repository_git_does_not_track_has_no_prefix() {
        try (GitFixture git = GitFixture.init(temp)
                .write(".gitignore", "target/\n")
                .write("target/it/soc2.yaml", "organization: Tiny\n")) {
            git.commit("2026-01-05T10:00:00Z", GitFixture.ANA, "Ignore the build");
        }

        assertThat(WorkTree.prefix(temp.resolve("target/it"))).isEmpty();
    }

    @Test
    void a_folder_outside_git_has_no_prefix() {
        assertThat(WorkTree.prefix(temp)).isEmpty();
    }
}
