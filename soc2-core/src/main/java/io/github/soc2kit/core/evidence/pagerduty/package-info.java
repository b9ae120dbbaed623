/**
 * PagerDuty incidents.
 */
@NullMarked
package io.github.soc2kit.core.evidence.pagerduty;

import org.jspecify.annotations.NullMarked;
