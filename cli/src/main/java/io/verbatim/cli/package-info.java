/**
 * The command line: {@code ./verbatim ingest|inspect|search|show|stats|formats|demo|bench}. Each
 * command is a small picocli class; machine-readable output ({@code --json}) is part of the
 * interface and uses the model's one JSON form.
 */
package io.verbatim.cli;
