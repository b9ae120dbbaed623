/**
 * The repository's own git history as the audit trail: the versions of every policy and control file, who
 * approved them, and from when each was in force. Read with JGit; see {@code docs/history.md}.
 */
@NullMarked
package io.github.soc2kit.core.history;

import org.jspecify.annotations.NullMarked;
