/**
 * GitHub exports: pull requests joined with their reviews, and branch protection.
 */
@NullMarked
package io.github.soc2kit.core.evidence.github;

import org.jspecify.annotations.NullMarked;
