/**
 * The rules that are not drift checks: structural rules (references, ids, period, parameters, conditions) that
 * {@code soc2:validate} runs, and practice rules (coverage, owners, reviews, handoffs) that run with the drift checks.
 */
@NullMarked
package io.github.soc2kit.core.rules;

import org.jspecify.annotations.NullMarked;
