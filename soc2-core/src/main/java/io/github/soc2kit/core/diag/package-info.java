/**
 * Findings, positions, severities and the exceptions that core throws when it cannot produce a report.
 */
@NullMarked
package io.github.soc2kit.core.diag;

import org.jspecify.annotations.NullMarked;
