@NullMarked
package io.github.soc2kit.core.expr;

import org.jspecify.annotations.NullMarked;
