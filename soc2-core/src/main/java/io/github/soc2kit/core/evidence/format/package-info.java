@NullMarked
package io.github.soc2kit.core.evidence.format;

import org.jspecify.annotations.NullMarked;
