package io.github.soc2kit.core.history;

import io.github.soc2kit.core.diag.InvalidConfigurationException;
import io.github.soc2kit.core.load.Snapshots;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.Policy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.jspecify.annotations.Nullable;

/**
 * Reads the policy and control files at the base of a change: the given ref, else the merge base of HEAD with the
 * default branch: the one {@code origin/HEAD} points to (set by {@code git clone}), else the first of
 * {@code origin/main}, {@code origin/master}, {@code main} and {@code master} that exists.
 */
public final class BaseReader {

    static final List<String> DEFAULT_BASES = List.of("origin/main", "origin/master", "main", "master");

    private final Snapshots snapshots = new Snapshots();

    /**
     * @throws InvalidConfigurationException (option {@code base}) when there is no git repository or no such ref
     */
    public Base read(Path root, @Nullable String base) {
        try {
            Path real = root.toRealPath();
            FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(real.toFile());
            if (builder.getGitDir() == null) {
                throw new InvalidConfigurationException(
                        "base",
                        "'" + real.getFileName() + "' is not in a git repository, so there is no base to compare with");
            }
            try (Repository repo = builder.setMustExist(true).build();
                    RevWalk walk = new RevWalk(repo)) {
                if (repo.isBare()) {
                    throw new InvalidConfigurationException(
                            "base",
                            "'" + real.getFileName() + "' is inside a bare git"
                                    + " repository, which has no work tree to compare; run soc2:diff in a clone");
                }
                String prefix = WorkTree.prefix(repo, real);
                String ref = base;
                RevCommit commit;
                if (base != null) {
                    ObjectId id = repo.resolve(base + "^{commit}");
                    if (id == null) {
                        throw new InvalidConfigurationException(
                                "base",
                                "git ref '" + base + "' not found; in a shallow"
                                        + " clone fetch it, or the whole history ('git fetch --unshallow', or 'fetch-depth: 0' on actions/checkout)");
                    }
                    commit = walk.parseCommit(id);
                } else {
                    ref = defaultBranch(repo);
                    commit = mergeBase(repo, walk, ref);
                }
                return read(repo, walk, ref, commit, prefix);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read the git repository of " + root.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** The short name of the default branch, for example "origin/main". */
    private static String defaultBranch(Repository repo) throws IOException {
        Ref remoteHead = repo.exactRef("refs/remotes/origin/HEAD");
        if (remoteHead != null && remoteHead.isSymbolic() && remoteHead.getObjectId() != null) {
            return Repository.shortenRefName(remoteHead.getTarget().getName());
        }
        return DEFAULT_BASES.stream()
                .filter(r -> resolves(repo, r))
                .findFirst()
                .orElseThrow(() -> new InvalidConfigurationException(
                        "base",
                        "no default branch to compare with: none of"
                                + " origin/HEAD, " + String.join(", ", DEFAULT_BASES) + " exists; fetch the base branch"
                                + " ('fetch-depth: 0' on actions/checkout) or name it with -Dsoc2.base=<ref>"));
    }

    private static boolean resolves(Repository repo, String ref) {
        try {
            return repo.resolve(ref + "^{commit}") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static RevCommit mergeBase(Repository repo, RevWalk walk, String ref) throws IOException {
        RevCommit other = walk.parseCommit(repo.resolve(ref + "^{commit}"));
        ObjectId head = repo.resolve(Constants.HEAD);
        if (head == null) {
            return other;
        }
        walk.setRevFilter(RevFilter.MERGE_BASE);
        walk.markStart(walk.parseCommit(head));
        walk.markStart(other);
        RevCommit found = walk.next();
        walk.reset();
        walk.setRevFilter(RevFilter.ALL);
        if (found == null) {
            throw new InvalidConfigurationException(
                    "base",
                    "HEAD and '" + ref + "' have no common history; in a shallow"
                            + " clone fetch the whole history ('git fetch --unshallow', or 'fetch-depth: 0' on actions/checkout)");
        }
        return walk.parseCommit(found);
    }

    private Base read(Repository repo, RevWalk walk, String ref, RevCommit commit, String prefix) throws IOException {
        List<Policy> policies = new ArrayList<>();
        List<Control> controls = new ArrayList<>();
        Set<String> checkable = new HashSet<>();
        Set<String> ids = new HashSet<>();
        try (ObjectReader reader = repo.newObjectReader();
                TreeWalk tree = new TreeWalk(repo, reader)) {
            tree.setRecursive(true);
            tree.setFilter(PathFilterGroup.createFromStrings(prefix + "policies", prefix + "controls"));
            tree.addTree(commit.getTree());
            while (tree.next()) {
                String path = tree.getPathString().substring(prefix.length());
                if (!GitHistory.isPolicyFile(path, tree.getFileMode(0))) {
                    continue;
                }
                String text = GitHistory.text(reader, tree.getObjectId(0));
                if (path.startsWith("policies/")) {
                    snapshots.policy(path, text).ifPresent(policies::add);
                } else {
                    snapshots.checkedControl(path, text).ifPresent(checked -> {
                        // the first file of an id is the one compared and run, as everywhere else
                        if (ids.add(checked.control().id()) && checked.checkable()) {
                            checkable.add(checked.control().id());
                        }
                        controls.add(checked.control());
                    });
                }
            }
        }
        return new Base(ref, commit.getId().name(), policies, controls, checkable);
    }
}
