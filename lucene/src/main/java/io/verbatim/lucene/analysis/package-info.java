/**
 * Lucene text analysis for the archive. {@link io.verbatim.lucene.analysis.WordAnalyzer} is the
 * index's analysis (archive format 2): every word ({@link
 * io.verbatim.lucene.analysis.WordTokenizer}) indexed as its exact form ({@link
 * io.verbatim.lucene.analysis.SurfaceFormFilter}) beside its English stem or Russian lemmas ({@link
 * io.verbatim.lucene.analysis.RussianLemmaFilter}), so quoted queries match exact forms and
 * unquoted ones every inflection. The tokenizer and filters are in {@code lucene/src/shared/java},
 * compiled for the SolrCloud plugin too. {@link
 * io.verbatim.lucene.analysis.RussianMorphologyAnalyzer} is the Russian analysis of format 1 (stop
 * words dropped, lemmas only), kept as the search benchmark's anchor.
 */
package io.verbatim.lucene.analysis;
