/**
 * Writers for exported result sets: JSON Lines (one record's JSON per line) and CSV (RFC 4180,
 * UTF-8 without BOM, one header row), per statement or per concordance line. Both are streamed and
 * read by pandas ({@code read_csv}, {@code read_json(lines=True)}) and R ({@code read.csv}) without
 * options.
 */
package io.verbatim.export;
