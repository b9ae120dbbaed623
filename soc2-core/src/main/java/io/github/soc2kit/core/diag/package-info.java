@NullMarked
package io.github.soc2kit.core.diag;

import org.jspecify.annotations.NullMarked;
