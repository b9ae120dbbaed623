/**
 * The {@code soc2kit} command line: one picocli command per goal of the Maven plugin, each mapping its options to a
 * request, calling one core façade, printing the findings and mapping the result to an exit code.
 */
@NullMarked
package io.github.soc2kit.cli;

import org.jspecify.annotations.NullMarked;
