package io.verbatim.lucene;

import io.verbatim.archive.QuerySyntaxException;
import io.verbatim.lucene.IndexFields.TextGroup;
import io.verbatim.lucene.query.QueryRenderer;
import io.verbatim.query.QueryField;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a user's query, plus the language filter, into a Lucene query over the index's fields
 * (dates: {@link DateFilters}; list filters: {@link SelectionFilters}): the query is read by core's
 * {@link io.verbatim.query.QueryParser} and given its meaning by the shared {@link QueryRenderer}
 * (the one the SolrCloud plugin uses too), over this index's field names ({@link IndexFields}).
 *
 * <p>With a language filter only that language's group ({@link TextGroup}) is searched; without one
 * every group is, each with its own analysis and restricted to its statements. User fields map to
 * {@code title.xx}/{@code body.xx} ({@code title:}, {@code body:}), {@code speaker.text}, {@code
 * role.text}, {@code place.text} (analysed names), {@code genre}, {@code language}, {@code id}
 * (exact, case-insensitive), {@code documentNumber} ({@code number:}) and {@code mention} (exact).
 * Thread-safe.
 */
final class QueryTranslator {
  /** This index's field names, for the renderer. */
  static final QueryRenderer.Fields FIELDS =
      new QueryRenderer.Fields() {
        @Override
        public String text(String group, boolean title) {
          TextGroup g = groupBySuffix(group);
          return title ? g.titleField() : g.bodyField();
        }

        @Override
        public String name(QueryField field) {
          return switch (field) {
            case SPEAKER -> IndexFields.SPEAKER + IndexFields.TEXT_SUFFIX;
            case ROLE -> IndexFields.ROLE + IndexFields.TEXT_SUFFIX;
            case PLACE -> IndexFields.PLACE + IndexFields.TEXT_SUFFIX;
            default -> throw new IllegalArgumentException(field + " is not a name field");
          };
        }

        @Override
        public String keyword(QueryField field) {
          return switch (field) {
            case GENRE -> IndexFields.GENRE;
            case LANGUAGE -> IndexFields.LANGUAGE;
            case ID -> IndexFields.ID;
            case NUMBER -> IndexFields.DOCUMENT_NUMBER;
            case MENTION -> IndexFields.MENTION;
            default -> throw new IllegalArgumentException(field + " is not a keyword field");
          };
        }

        @Override
        public String groupField() {
          return IndexFields.TEXT_GROUP;
        }
      };

  private static final List<String> ALL_GROUPS =
      Arrays.stream(TextGroup.values()).map(TextGroup::suffix).toList();

  private final QueryRenderer renderer;

  QueryTranslator(Analyzer analyzer) {
    this.renderer = new QueryRenderer(FIELDS, Objects.requireNonNull(analyzer, "analyzer"));
  }

  private static TextGroup groupBySuffix(String suffix) {
    for (TextGroup g : TextGroup.values()) {
      if (g.suffix().equals(suffix)) {
        return g;
      }
    }
    throw new IllegalArgumentException("unknown language group '" + suffix + "'");
  }

  /**
   * The query for {@code userQuery} with the filters.
   *
   * @param language ISO 639-1 code to restrict to (and analyse with), or null for all
   * @throws QuerySyntaxException when the query cannot be read, with the position
   */
  Query translate(String userQuery, String language) {
    Objects.requireNonNull(userQuery, "query");
    List<String> groups = language == null ? ALL_GROUPS : List.of(TextGroup.of(language).suffix());
    BooleanQuery.Builder result = new BooleanQuery.Builder();
    result.add(renderer.render(userQuery, groups), Occur.MUST);
    if (language != null) {
      result.add(new TermQuery(new Term(IndexFields.LANGUAGE, language)), Occur.FILTER);
    }
    return result.build();
  }
}
