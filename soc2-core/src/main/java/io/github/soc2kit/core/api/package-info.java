/**
 * The façades, one per use case ({@code soc2:validate}, {@code verify}, {@code render}, {@code diff}): each takes a
 * request record and returns a result that exposes only this package, {@code diag} and JDK types. The top of the
 * package map in {@link io.github.soc2kit.core}.
 */
@NullMarked
package io.github.soc2kit.core.api;

import org.jspecify.annotations.NullMarked;
