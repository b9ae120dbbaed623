/**
 * Judging: what each check saw becomes a control status, weighed against documented exceptions and the
 * tolerable rate of the control's risk; the projected opinion; the whole verification and its report.
 */
@NullMarked
package io.github.soc2kit.core.assess;

import org.jspecify.annotations.NullMarked;
