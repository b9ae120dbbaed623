package io.github.soc2kit.core.history;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Where a policy repository sits in the work tree of the git repository that holds it. */
public final class WorkTree {

    private WorkTree() {}

    /**
     * The policy repository's folder from the root of the git work tree that tracks its {@code soc2.yaml}: {@code ""}
     * at the root, {@code "compliance/soc2/"} in a sub-folder. Empty when no git repository holds it, when that
     * repository is bare, or when git does not track the file (a copy in ignored build output is no file of that
     * repository).
     *
     * @param root the policy repository (the folder holding soc2.yaml)
     */
    public static Optional<String> prefix(Path root) {
        try {
            Path real = root.toRealPath();
            FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(real.toFile());
            if (builder.getGitDir() == null) {
                return Optional.empty();
            }
            try (Repository repo = builder.setMustExist(true).build()) {
                if (repo.isBare()) {
                    return Optional.empty();
                }
                String prefix = prefix(repo, real);
                return repo.readDirCache().findEntry(prefix + "soc2.yaml") < 0 ? Optional.empty() : Optional.of(prefix);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read the git repository of " + root.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** The folder {@code real} (a real path inside the work tree of {@code repo}) from its root: "" or "a/b/". */
    static String prefix(Repository repo, Path real) throws IOException {
        String prefix = repo.getWorkTree()
                .toPath()
                .toRealPath()
                .relativize(real)
                .toString()
                .replace(File.separatorChar, '/');
        return prefix.isEmpty() ? "" : prefix + "/";
    }
}
