/**
 * Evaluation only: each control test streamed over its evidence, one check per kind; it returns what each check
 * saw and leaves the judging to {@code assess}.
 */
@NullMarked
package io.github.soc2kit.core.drift;

import org.jspecify.annotations.NullMarked;
