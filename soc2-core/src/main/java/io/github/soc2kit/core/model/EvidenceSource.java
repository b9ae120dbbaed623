package io.github.soc2kit.core.model;

/** An evidence export declared in evidence/sources.yaml. */
public record EvidenceSource(String id, String format, String path, Origin origin) { }
