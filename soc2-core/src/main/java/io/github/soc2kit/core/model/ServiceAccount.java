package io.github.soc2kit.core.model;

/** A non-human account of a system, with the person who owns it. */
public record ServiceAccount(String system, String name, String owner, String purpose, Origin origin) {}
