@NullMarked
package io.github.soc2kit.core.evidence.hris;

import org.jspecify.annotations.NullMarked;
