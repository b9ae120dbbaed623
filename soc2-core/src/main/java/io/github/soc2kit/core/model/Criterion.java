package io.github.soc2kit.core.model;

/** A trust services criterion of the bundled 2017 catalogue. */
public record Criterion(String id, String category, String series, String summary) {}
