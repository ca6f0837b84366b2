package io.verbatim.solr.plugin;

import io.verbatim.archive.QuerySyntaxException;
import io.verbatim.lucene.query.QueryRenderer;
import io.verbatim.query.QueryField;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;

/**
 * The query parser of a Verbatim collection: a user's query read by core's {@link
 * io.verbatim.query.QueryParser} and given its meaning by the shared {@link QueryRenderer}, over
 * the collection's fields and their schema analysis, exactly as the embedded archive does. In
 * {@code solrconfig.xml}: {@code <queryParser name="verbatim" class="…VerbatimQParserPlugin"/>}; in
 * a request: {@code q={!verbatim groups=en,ru,other v=$uq}} with the user's query in {@code uq}.
 *
 * <p>Local parameter {@code groups}: the language groups to search (comma-separated suffixes of
 * {@code title_xx}/{@code body_xx}; default all, {@value #ALL_GROUPS}). A query Verbatim cannot
 * read is a {@link SyntaxError} (HTTP 400) whose message is the {@link QuerySyntaxException}'s,
 * with the position.
 */
public final class VerbatimQParserPlugin extends QParserPlugin {
  /** The name the configset registers the parser under. */
  public static final String NAME = "verbatim";

  /** The local parameter naming the language groups to search. */
  public static final String GROUPS = "groups";

  /** Every language group of the schema. */
  public static final String ALL_GROUPS = "en,ru,other";

  /** The collection's fields (see the configset's {@code schema.xml}). */
  static final QueryRenderer.Fields FIELDS =
      new QueryRenderer.Fields() {
        @Override
        public String text(String group, boolean title) {
          return (title ? "title_" : "body_") + group;
        }

        @Override
        public String name(QueryField field) {
          return switch (field) {
            case SPEAKER -> "speaker_txt";
            case ROLE -> "role_txt";
            case PLACE -> "place_txt";
            default -> throw new IllegalArgumentException(field + " is not a name field");
          };
        }

        @Override
        public String keyword(QueryField field) {
          return switch (field) {
            case GENRE -> "genre_lc";
            case LANGUAGE -> "language_lc";
            case ID -> "id_lc";
            case NUMBER -> "number";
            case MENTION -> "mention";
            default -> throw new IllegalArgumentException(field + " is not a keyword field");
          };
        }

        @Override
        public String groupField() {
          return "textGroup";
        }
      };

  @Override
  public QParser createParser(
      String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() throws SyntaxError {
        String text = qstr == null ? "" : qstr;
        List<String> groups = groups(localParams == null ? null : localParams.get(GROUPS));
        QueryRenderer renderer = new QueryRenderer(FIELDS, req.getSchema().getQueryAnalyzer());
        try {
          return renderer.render(text, groups);
        } catch (QuerySyntaxException e) {
          throw new SyntaxError(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
          throw new SyntaxError("cannot search for '" + text + "': " + e.getMessage(), e);
        }
      }
    };
  }

  /** The groups a {@code groups} parameter names (all when null or blank). */
  static List<String> groups(String parameter) {
    String value = parameter == null || parameter.isBlank() ? ALL_GROUPS : parameter;
    List<String> groups = new ArrayList<>();
    for (String g : value.split(",")) {
      String group = g.strip();
      if (!List.of(ALL_GROUPS.split(",")).contains(group)) {
        throw new IllegalArgumentException(
            "unknown language group '" + group + "' in " + GROUPS + "; known: " + ALL_GROUPS);
      }
      if (!groups.contains(group)) {
        groups.add(group);
      }
    }
    return groups;
  }
}
