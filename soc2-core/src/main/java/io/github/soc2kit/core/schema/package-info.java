@NullMarked
package io.github.soc2kit.core.schema;

import org.jspecify.annotations.NullMarked;
