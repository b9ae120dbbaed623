/**
 * A training platform's completion report.
 */
@NullMarked
package io.github.soc2kit.core.evidence.training;

import org.jspecify.annotations.NullMarked;
