/**
 * The reader of each format named in {@code evidence/sources.yaml}: the one place that knows every adapter, kept
 * apart so that the contract and the adapters never depend on it.
 */
@NullMarked
package io.github.soc2kit.core.evidence.registry;

import org.jspecify.annotations.NullMarked;
