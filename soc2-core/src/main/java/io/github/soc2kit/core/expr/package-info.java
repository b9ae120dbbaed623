/**
 * The condition language of control tests (CEL) and the dates of evidence.
 */
@NullMarked
package io.github.soc2kit.core.expr;

import org.jspecify.annotations.NullMarked;
