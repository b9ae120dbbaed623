/**
 * The policy repository as immutable records: the boundary every stage reads, with no parser type in it.
 */
@NullMarked
package io.github.soc2kit.core.model;

import org.jspecify.annotations.NullMarked;
