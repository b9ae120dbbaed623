@NullMarked
package io.github.soc2kit.core.report;

import org.jspecify.annotations.NullMarked;
