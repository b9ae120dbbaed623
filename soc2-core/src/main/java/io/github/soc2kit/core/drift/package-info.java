@NullMarked
package io.github.soc2kit.core.drift;

import org.jspecify.annotations.NullMarked;
