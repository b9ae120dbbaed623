package io.github.soc2kit.core.api;

import io.github.soc2kit.core.diag.InvalidConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The one policy for the folders soc2kit writes to, on a pull request from anyone, whose files may be symbolic links:
 * a reports or site folder inside the policy repository must lie in the build directory, and still lie there once
 * every link on its way is resolved (a build directory that is itself a link leads out of it too). So a link planted
 * in the repository cannot send a report or the site elsewhere, and the site, which replaces its folder as a whole,
 * cannot replace the repository's own files. A folder outside the repository is where the build's configuration put
 * it, and is taken as it is. Checked before anything is read or written.
 */
final class OutputFolders {

    private final Path repository;
    private final Path build;

    /**
     * @param repository the policy repository
     * @param build the build directory, for example {@code target}, inside the repository or not
     */
    OutputFolders(Path repository, Path build) {
        this.repository = repository.toAbsolutePath().normalize();
        this.build = build.toAbsolutePath().normalize();
    }

    /**
     * The reports folder, absolute and normalized.
     *
     * @throws InvalidConfigurationException when it is a folder soc2kit must not write to
     */
    Path reports(Path folder) {
        return checked("outputDirectory", "reports folder", folder);
    }

    /**
     * The site folder, absolute and normalized.
     *
     * @throws InvalidConfigurationException when it is a folder soc2kit must not write to, or holds the repository
     */
    Path site(Path folder) {
        Path site = folder.toAbsolutePath().normalize();
        if (repository.startsWith(site)) {
            throw new InvalidConfigurationException(
                    "siteDirectory",
                    "the site folder " + site
                            + " holds the policy repository and would be replaced; choose a folder under " + build);
        }
        return checked("siteDirectory", "site folder", site);
    }

    private Path checked(String option, String what, Path folder) {
        Path path = folder.toAbsolutePath().normalize();
        if (path.startsWith(build)) {
            Path real = real(path);
            Path project = real(build.getParent());
            if (real == null || project == null || !real.startsWith(project.resolve(build.getFileName()))) {
                throw new InvalidConfigurationException(
                        option,
                        "the " + what + " " + path + " is, or lies under, a symbolic link that leads out of the build"
                                + " directory " + build + "; delete the link or choose another folder");
            }
        } else if (path.startsWith(repository)) {
            throw new InvalidConfigurationException(
                    option,
                    "the " + what + " " + path + " lies inside the policy repository, outside its build directory "
                            + build + ", and would overwrite the repository's files; choose a folder under " + build);
        }
        return path;
    }

    /**
     * Where {@code path} really is: its deepest existing part with every link resolved, then the rest of it; null
     * when a link on the way cannot be followed (it dangles or loops).
     */
    private static @Nullable Path real(Path path) {
        Path existing = path;
        while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(path));
        } catch (IOException e) {
            return null;
        }
    }
}
