/**
 * The streaming machinery (JSON, YAML and CSV tokens, records with positions, field mapping) and the generic
 * formats: json, ndjson, csv and yaml.
 */
@NullMarked
package io.github.soc2kit.core.evidence.format;

import org.jspecify.annotations.NullMarked;
