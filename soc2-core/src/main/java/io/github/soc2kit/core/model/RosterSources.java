package io.github.soc2kit.core.model;

import org.jspecify.annotations.Nullable;

/**
 * Where the roster comes from besides its own file: the company's HRIS export and an identity map kept in git.
 *
 * @param hris the id of the hris-csv source whose rows are the people, or null
 * @param identityMap repo-relative path of the CSV that maps work emails to account names, or null
 * @param origin the roster file
 */
public record RosterSources(@Nullable String hris, @Nullable String identityMap, Origin origin) {}
