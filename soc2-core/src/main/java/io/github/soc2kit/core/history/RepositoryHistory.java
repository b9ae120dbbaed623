package io.github.soc2kit.core.history;

import io.github.soc2kit.core.diag.Finding;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The versions of every policy and control file, oldest first, and what stopped or limited reading them.
 *
 * @param available false when the repository is not in a git repository (the findings then hold a note)
 * @param head the commit checked out (HEAD), null outside git or before the first commit
 * @param versions every version of every policy and control file, oldest first; the working-tree versions last
 * @param findings a note when git is not available, a warning when a shallow clone does not reach back far enough
 */
public record RepositoryHistory(
        boolean available, @Nullable String head, List<FileVersion> versions, List<Finding> findings) {

    public RepositoryHistory {
        versions = List.copyOf(versions);
        findings = List.copyOf(findings);
    }

    /** No history and nothing to say about it, for callers that do not read git. */
    public static RepositoryHistory none() {
        return new RepositoryHistory(false, null, List.of(), List.of());
    }

    /** No history, for a folder outside git. */
    public static RepositoryHistory unavailable(Finding note) {
        return new RepositoryHistory(false, null, List.of(), List.of(note));
    }

    /** Whether a policy or control file of the working tree differs from HEAD. */
    public boolean uncommitted() {
        return versions.stream().anyMatch(FileVersion::uncommitted);
    }

    /** The versions of the policy with this id (across renames), oldest first. */
    public List<FileVersion> policy(String id) {
        return versions.stream()
                .filter(v -> v.policy() != null && Objects.equals(v.policy().id(), id))
                .toList();
    }

    /** The versions of the control with this id (across renames), oldest first. */
    public List<FileVersion> control(String id) {
        return versions.stream()
                .filter(v -> v.control() != null && Objects.equals(v.control().id(), id))
                .toList();
    }
}
