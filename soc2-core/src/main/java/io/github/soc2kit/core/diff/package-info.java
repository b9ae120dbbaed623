@NullMarked
package io.github.soc2kit.core.diff;

import org.jspecify.annotations.NullMarked;
