/**
 * soc2kit's engine, a plain library with one package per stage of the pipeline. Dependencies point only down
 * this map (ArchitectureTest enforces it, and that no packages form a cycle):
 *
 * <pre>
 * api                 façades: requests in, results out (api, diag and JDK types only)
 * report, render      reports of a verification or diff; the site, calendar and PDF
 * diff                semantic diff and drift preview
 * assess              judging, exceptions, the assessment and opinion, the verify report
 * rules               structural and practice rules, the rule contract
 * drift               evaluation: one check per test kind over streamed evidence
 * history             git history: versions, approvals, parameter timelines
 * evidence            reader contract on top; format/, one folder per source system, registry/
 * load                YAML with positions, JSON Schema, the model reader
 * expr                CEL conditions and dates
 * model               the policy repository as records
 * diag                findings, positions, exceptions
 * </pre>
 *
 * <p>{@code report} and {@code render} sit side by side and do not use each other.
 */
package io.github.soc2kit.core;
