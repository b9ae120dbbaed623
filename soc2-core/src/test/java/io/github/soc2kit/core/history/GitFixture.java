package io.github.soc2kit.core.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A temporary git repository built with JGit: commits with chosen times, authors and messages, and merges. */
public final class GitFixture implements AutoCloseable {

    public static final PersonIdent ANA =
            new PersonIdent("Ana Lima", "ana@tiny.example", Instant.EPOCH, ZoneOffset.UTC);
    public static final PersonIdent BEN =
            new PersonIdent("Ben Okafor", "ben@tiny.example", Instant.EPOCH, ZoneOffset.UTC);

    private final Git git;
    private final Path workTree;

    private GitFixture(Git git, Path workTree) {
        this.git = git;
        this.workTree = workTree;
    }

    /** A new repository with branch 'main' in {@code workTree}. */
    public static GitFixture init(Path workTree) {
        try {
            return new GitFixture(
                    Git.init()
                            .setDirectory(workTree.toFile())
                            .setInitialBranch("main")
                            .call(),
                    workTree);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    public Git git() {
        return git;
    }

    public Path workTree() {
        return workTree;
    }

    /** Writes a file of the work tree (relative path). */
    public GitFixture write(String path, String text) {
        try {
            Path file = workTree.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stages everything and commits it at {@code time} (ISO instant) as {@code who}. */
    public RevCommit commit(String time, PersonIdent who, String message) {
        try {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            PersonIdent at = new PersonIdent(who, Instant.parse(time), ZoneOffset.UTC);
            return git.commit()
                    .setMessage(message)
                    .setAuthor(at)
                    .setCommitter(at)
                    .setSign(false)
                    .call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    public void branch(String name) {
        try {
            git.checkout().setCreateBranch(true).setName(name).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    public void checkout(String name) {
        try {
            git.checkout().setName(name).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Merges {@code branch} into the current branch with a merge commit, as GitHub does for a pull request. */
    public RevCommit mergePullRequest(String branch, int number, String time, PersonIdent who) {
        try {
            PersonIdent at = new PersonIdent(who, Instant.parse(time), ZoneOffset.UTC);
            git.merge()
                    .include(git.getRepository().resolve(branch))
                    .setFastForward(MergeCommand.FastForwardMode.NO_FF)
                    .setCommit(false)
                    .call();
            return git.commit()
                    .setMessage("Merge pull request #" + number + " from tiny/" + branch + "\n\nTighten approvals")
                    .setAuthor(at)
                    .setCommitter(at)
                    .setSign(false)
                    .call();
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The two commits of {@link #policyVersions}. */
    public record PolicyVersions(RevCommit first, RevCommit merge) {}

    /**
     * Makes {@code root} a repository where change-management is at version 1.0, committed by Ben with an
     * {@code Approved-by:} trailer for Ana, then at 1.1, merged by Ana as pull request #9.
     */
    public static PolicyVersions policyVersions(Path root) throws IOException {
        try (GitFixture git = init(root)) {
            RevCommit first =
                    git.commit("2025-12-01T09:00:00Z", BEN, "Policies\n\nApproved-by: Ana Lind <ana@tiny.example>\n");
            git.branch("v1.1");
            Path file = root.resolve("policies/change-management.yaml");
            Files.writeString(file, Files.readString(file).replace("version: '1.0'", "version: '1.1'"));
            git.commit("2026-02-20T09:00:00Z", BEN, "Version 1.1");
            git.checkout("main");
            return new PolicyVersions(first, git.mergePullRequest("v1.1", 9, "2026-02-21T09:00:00Z", ANA));
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
