package io.verbatim.cli;

import io.verbatim.archive.Archive;
import io.verbatim.archive.CoMention;
import io.verbatim.model.Json;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim comentions}: entity pairs mentioned in the same statements. */
@Command(
    name = "comentions",
    mixinStandardHelpOptions = true,
    description = {
      "Entity pairs mentioned together in the statements QUERY selects (all when omitted), or with",
      "--entity the entities mentioned with one entity. Every count is over the whole selection:",
      "N statements, N(a) and N(b) mentioning each entity, N(a,b) both; logDice = 14 +",
      "log2(2N(a,b)/(N(a)+N(b))) (at most 14) and MI = log2(N(a,b)N/(N(a)N(b)))."
    })
final class CoMentionsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ArchiveOption archive;

  @Mixin FilterOptions selection;

  @Parameters(paramLabel = "QUERY", arity = "0..1", description = "The query (default: all).")
  String query;

  @Option(names = "--lang", paramLabel = "LANG", description = "Only this language (e.g. en).")
  String language;

  @Option(
      names = "--entity",
      paramLabel = "ENTITY",
      description = "Only the entities mentioned with this one (e.g. RUS, org:nato).")
  String entity;

  @Option(
      names = "--limit",
      defaultValue = "20",
      description = "Pairs to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--json",
      description = "Print {entity, limit, limitReached, pairs: [...]} as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1: " + limit);
    }
    List<CoMention> pairs;
    try (Archive a = archive.open(false)) {
      var chosen = selection.selection(query, language);
      pairs =
          entity == null
              ? a.comentions(chosen, limit + 1)
              : a.comentionsOf(chosen, entity, limit + 1);
    }
    boolean reached = pairs.size() > limit;
    pairs = pairs.subList(0, Math.min(limit, pairs.size()));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("entity", entity);
      doc.put("limit", limit);
      doc.put("limitReached", reached);
      doc.put("pairs", pairs);
      out.println(Json.pretty().writeValueAsString(doc));
      return 0;
    }
    if (pairs.isEmpty()) {
      out.println(
          entity == null
              ? "no two entities are mentioned in the same statement of this selection"
              : "no entity is mentioned with " + entity + " in this selection");
      return 0;
    }
    out.printf(
        Locale.ROOT,
        "%-24s %-24s %7s %7s %7s %7s %8s %7s%n",
        "entity a",
        "entity b",
        "N(a,b)",
        "N(a)",
        "N(b)",
        "N",
        "logDice",
        "MI");
    for (CoMention p : pairs) {
      out.printf(
          Locale.ROOT,
          "%-24s %-24s %7d %7d %7d %7d %8.2f %7.2f%n",
          p.entityA(),
          p.entityB(),
          p.count(),
          p.countA(),
          p.countB(),
          p.statements(),
          p.logDice(),
          p.mutualInformation());
    }
    if (reached) {
      out.println("limit of " + limit + " pairs reached; more exist (raise --limit)");
    }
    return 0;
  }
}
