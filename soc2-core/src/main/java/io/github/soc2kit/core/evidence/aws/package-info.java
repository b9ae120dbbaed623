@NullMarked
package io.github.soc2kit.core.evidence.aws;

import org.jspecify.annotations.NullMarked;
