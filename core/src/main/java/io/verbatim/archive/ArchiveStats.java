package io.verbatim.archive;

import java.util.Map;

/**
 * Counts of what an archive holds.
 *
 * @param statements committed statements (every version counts)
 * @param statementKeys distinct statements (versions counted once)
 * @param originals stored original byte sequences (files and rows)
 * @param byLanguage statements per ISO 639-1 language ({@code "?"} for unknown)
 * @param byFormat statements per source format
 * @param byYear statements per publication year ({@code "?"} for undated)
 * @param formatVersion the archive's on-disk format version
 */
public record ArchiveStats(
    long statements,
    long statementKeys,
    long originals,
    Map<String, Long> byLanguage,
    Map<String, Long> byFormat,
    Map<String, Long> byYear,
    int formatVersion) {}
