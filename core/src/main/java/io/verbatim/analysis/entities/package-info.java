/**
 * Entity mentions: countries, territories, international organisations and people named in a
 * statement, in English and Russian, each normalised to a stable id (ISO 3166 alpha-3 for
 * countries, {@code org:...} for organisations, {@code ter:...} for territories without a code,
 * {@code person:...} for people, resolved by {@link io.verbatim.analysis.people}).
 *
 * <p>{@link io.verbatim.analysis.entities.Gazetteer} holds the names: the JDK's locale data for
 * country names plus tab-separated files in this package's resources, which can be extended without
 * code. {@link io.verbatim.analysis.entities.EntityRecognizer} finds the {@link
 * io.verbatim.analysis.entities.Mention}s in a text in one pass over its tokens; {@link
 * io.verbatim.analysis.entities.PersonMentions} finds the names of people among them.
 */
package io.verbatim.analysis.entities;
