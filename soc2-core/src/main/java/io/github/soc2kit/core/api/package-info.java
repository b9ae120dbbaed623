@NullMarked
package io.github.soc2kit.core.api;

import org.jspecify.annotations.NullMarked;
