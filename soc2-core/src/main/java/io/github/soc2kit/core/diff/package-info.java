/**
 * What a change does: the semantic diff of policies and controls between a git ref and the working tree, and the
 * drift preview that runs the checks under both versions.
 */
@NullMarked
package io.github.soc2kit.core.diff;

import org.jspecify.annotations.NullMarked;
