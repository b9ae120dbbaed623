/**
 * Okta exports: users joined with their enrolled factors.
 */
@NullMarked
package io.github.soc2kit.core.evidence.okta;

import org.jspecify.annotations.NullMarked;
