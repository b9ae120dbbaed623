/**
 * Evidence as the checks see it: the reader contract ({@link io.github.soc2kit.core.evidence.EvidenceReader}),
 * records with their positions, and the files of a source. Below it, {@code format} holds the streaming machinery
 * and the generic formats, and one folder per source system holds its adapters ({@code github}, {@code okta},
 * {@code aws}, {@code hris}, {@code pagerduty}, {@code training}); {@code registry} names the reader of each format.
 */
@NullMarked
package io.github.soc2kit.core.evidence;

import org.jspecify.annotations.NullMarked;
