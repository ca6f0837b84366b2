/**
 * Words as the search index sees them: {@link io.verbatim.analysis.words.SurfaceForms} says how an
 * exact word form is told apart from a stem or lemma in one index field, and how a word form is
 * normalised (case, {@code ё}, invisible characters). The tokenizer and filters that apply these
 * rules are Lucene classes of the backends; the rules live here so that a backend without Lucene
 * (the SolrCloud client) reads index terms the same way.
 */
package io.verbatim.analysis.words;
