@NullMarked
package io.github.soc2kit.core.load;

import org.jspecify.annotations.NullMarked;
