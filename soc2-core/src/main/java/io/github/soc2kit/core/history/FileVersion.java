package io.github.soc2kit.core.history;

import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.Policy;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One version of a policy or control file: the commit that produced it on the first-parent line of HEAD, or the
 * working tree when the file has uncommitted changes.
 *
 * @param path the file, relative to the policy repository, with '/'
 * @param commit the full commit id; null for the working tree
 * @param time the committer time; null for the working tree
 * @param author "Name &lt;email&gt;" of the author; empty for the working tree
 * @param committer "Name &lt;email&gt;" of the committer; empty for the working tree
 * @param message the full commit message; empty for the working tree
 * @param approval the approval evidence of the commit, null when there is none
 * @param effective the day from which the version is in force: its {@code effective:} field, else the commit day in
 *     the company time zone; null for an uncommitted version without {@code effective:} (it replaces the version
 *     before it)
 * @param policy the policy as written in this version, null when the file is not a readable policy
 * @param control the control as written in this version, null when the file is not a readable control
 */
public record FileVersion(
        String path,
        @Nullable String commit,
        @Nullable Instant time,
        String author,
        String committer,
        String message,
        @Nullable Approval approval,
        @Nullable LocalDate effective,
        @Nullable Policy policy,
        @Nullable Control control) {

    /** Whether this is the uncommitted state of the working tree. */
    public boolean uncommitted() {
        return commit == null;
    }

    /** The abbreviated commit id (7 characters), or "working tree". */
    public String shortCommit() {
        return commit == null ? "working tree" : commit.substring(0, 7);
    }
}
