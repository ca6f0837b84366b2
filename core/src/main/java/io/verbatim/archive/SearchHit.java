package io.verbatim.archive;

import io.verbatim.model.Genre;
import io.verbatim.model.Published;
import io.verbatim.model.Speaker;

/**
 * One statement found by a search, with what a result list shows.
 *
 * @param snippet the best passage with matched words marked {@code «like this»}, or null
 */
public record SearchHit(
    String id,
    String title,
    Published published,
    String language,
    Speaker speaker,
    Genre genre,
    String place,
    float score,
    String snippet) {}
