/**
 * An HRIS employee report (BambooHR and alike).
 */
@NullMarked
package io.github.soc2kit.core.evidence.hris;

import org.jspecify.annotations.NullMarked;
