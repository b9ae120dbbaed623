@NullMarked
package io.github.soc2kit.core.assess;

import org.jspecify.annotations.NullMarked;
