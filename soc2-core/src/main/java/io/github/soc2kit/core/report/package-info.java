/**
 * The reports of a verification and of a diff: console lines, JSON, SARIF, JUnit XML and Markdown.
 */
@NullMarked
package io.github.soc2kit.core.report;

import org.jspecify.annotations.NullMarked;
