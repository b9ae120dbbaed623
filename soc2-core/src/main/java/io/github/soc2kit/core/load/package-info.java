/**
 * Reading a policy repository: YAML with the position of every value, the JSON Schema of each file, and the
 * model built from them.
 */
@NullMarked
package io.github.soc2kit.core.load;

import org.jspecify.annotations.NullMarked;
