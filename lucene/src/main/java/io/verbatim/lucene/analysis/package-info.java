/**
 * Lucene text analysis for the archive. {@link
 * io.verbatim.lucene.analysis.RussianMorphologyAnalyzer} indexes Russian words by their dictionary
 * forms (lemmas), so a query in any inflection finds every other inflection.
 */
package io.verbatim.lucene.analysis;
