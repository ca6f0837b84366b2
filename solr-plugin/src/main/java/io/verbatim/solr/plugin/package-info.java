/**
 * Verbatim inside a Solr server, on Solr's own Lucene 9: the word analysis ({@link
 * io.verbatim.solr.plugin.WordTokenizerFactory} {@code verbatimWord}, {@link
 * io.verbatim.solr.plugin.YoToYeFilterFactory} {@code verbatimYoToYe}, {@link
 * io.verbatim.solr.plugin.SurfaceFormFilterFactory} {@code verbatimSurfaceForm}, {@link
 * io.verbatim.solr.plugin.RussianLemmaFilterFactory} {@code verbatimRussianLemma}) that gives every
 * field the same terms as the embedded archive, and the query parser ({@link
 * io.verbatim.solr.plugin.VerbatimQParserPlugin}, {@code {!verbatim}}) that gives users' queries
 * the same meaning. The analysis classes and the query renderer are the embedded archive's sources
 * ({@code lucene/src/shared/java}); these classes are only the Solr glue. The {@code -solr} jar of
 * this module goes into Solr's {@code lib} folder.
 */
package io.verbatim.solr.plugin;
