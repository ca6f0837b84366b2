/**
 * Morphology: the dictionary forms (lemmas) of inflected words, so that {@code терроризма} and
 * {@code терроризмом} are known as forms of {@code терроризм}. {@link
 * io.verbatim.analysis.morphology.RussianLemmatizer} answers for Russian from a morfologik
 * dictionary.
 */
package io.verbatim.analysis.morphology;
