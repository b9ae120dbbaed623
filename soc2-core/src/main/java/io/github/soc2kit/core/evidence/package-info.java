@NullMarked
package io.github.soc2kit.core.evidence;

import org.jspecify.annotations.NullMarked;
