/**
 * The repository's own git history as the audit trail: the versions of every policy and control file, who
 * approved them, from when each was in force, and each policy's parameters over time. Read with JGit; see
 * {@code docs/history.md}.
 */
@NullMarked
package io.github.soc2kit.core.history;

import org.jspecify.annotations.NullMarked;
