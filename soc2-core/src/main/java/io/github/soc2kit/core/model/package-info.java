@NullMarked
package io.github.soc2kit.core.model;

import org.jspecify.annotations.NullMarked;
