/**
 * The AWS IAM credential report.
 */
@NullMarked
package io.github.soc2kit.core.evidence.aws;

import org.jspecify.annotations.NullMarked;
