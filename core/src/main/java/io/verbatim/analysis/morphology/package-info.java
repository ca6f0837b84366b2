/**
 * Morphology: the dictionary forms (lemmas) of inflected words, so that {@code терроризма} and
 * {@code терроризмом} are known as forms of {@code терроризм}.
 */
package io.verbatim.analysis.morphology;
