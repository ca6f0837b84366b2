/**
 * Text analysis for a Solr server that holds a Verbatim archive, on Solr's own Lucene 9: {@link
 * io.verbatim.solr.plugin.RussianLemmaFilterFactory} ({@code verbatimRussianLemma}) and {@link
 * io.verbatim.solr.plugin.RussianStopFilterFactory} ({@code verbatimRussianStop}) give Russian text
 * the same terms as the embedded archive's {@code RussianMorphologyAnalyzer}. The lemmas come from
 * core's {@link io.verbatim.analysis.morphology.RussianLemmatizer}; these classes are only the
 * Lucene 9 glue. The {@code -solr} jar of this module goes into Solr's {@code lib} folder.
 */
package io.verbatim.solr.plugin;
