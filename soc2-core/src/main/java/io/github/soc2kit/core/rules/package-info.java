@NullMarked
package io.github.soc2kit.core.rules;

import org.jspecify.annotations.NullMarked;
