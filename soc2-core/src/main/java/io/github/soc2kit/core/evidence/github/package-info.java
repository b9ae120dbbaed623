@NullMarked
package io.github.soc2kit.core.evidence.github;

import org.jspecify.annotations.NullMarked;
