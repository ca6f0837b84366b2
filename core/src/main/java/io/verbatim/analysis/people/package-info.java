/**
 * People: who a printed name is, across spellings, titles, scripts and grammatical cases.
 *
 * <p>{@link io.verbatim.analysis.people.PersonAuthority} is the value an archive keeps about
 * people: each {@link io.verbatim.analysis.people.Person} with a stable id ({@code
 * person:sergey-lavrov}), preferred English and Russian names, other names and dated {@link
 * io.verbatim.analysis.people.PersonRole}s; built from the curated list in this package's resources
 * ({@code people.tsv}, {@code roles.tsv}), optionally a corpus's speaker table ({@link
 * io.verbatim.analysis.people.SpeakerTablePeople}), and users' corrections replayed over them
 * ({@link io.verbatim.analysis.people.PersonEdit}, {@link
 * io.verbatim.analysis.people.Corrections}). {@link io.verbatim.analysis.people.PersonResolver}
 * answers which person a {@link io.verbatim.analysis.people.Sighting} (a name as printed, with its
 * language, role, country and date) is, and how it matched ({@link
 * io.verbatim.analysis.people.Resolution}).
 *
 * <p>Names are compared through {@link io.verbatim.analysis.people.PersonNameParser} (forms of
 * address, titles, capitals, Russian cases, word order) and {@link
 * io.verbatim.analysis.people.NameKey} (transliteration variants); the word lists it uses are
 * tab-separated files in the resources, extendable without code: {@code given-names.tsv}, {@code
 * nicknames.tsv}, {@code honorifics.tsv}, {@code offices.tsv}, {@code not-names.tsv}, {@code
 * eponym-nouns.tsv}.
 */
package io.verbatim.analysis.people;
