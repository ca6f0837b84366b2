package io.verbatim.cli;

import io.verbatim.analysis.people.Person;
import io.verbatim.analysis.people.PersonAuthority;
import io.verbatim.analysis.people.PersonRole;
import io.verbatim.analysis.people.SpeakerNames;
import io.verbatim.archive.Archive;
import io.verbatim.archive.SearchRequest;
import io.verbatim.archive.Selection;
import io.verbatim.model.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim people list|show}: the people of the person authority and how often the archive
 * has them as speaker and in mentions. Read-only: corrections (merge, split, rename) are not built
 * yet.
 */
@Command(
    name = "people",
    mixinStandardHelpOptions = true,
    description = "The people Verbatim knows (the person authority) and their statements.",
    subcommands = {PeopleCommand.ListPeople.class, PeopleCommand.Show.class})
final class PeopleCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A person with their counts in the archive. */
  record Counted(
      String id,
      String english,
      String russian,
      List<String> aliases,
      List<PersonRole> roles,
      long statementsBy,
      long statementsMentioning) {
    static Counted of(Person p, Archive a) throws IOException {
      return new Counted(
          p.id(),
          p.english(),
          p.russian(),
          p.aliases(),
          p.roles(),
          total(a, Selection.builder("").withSpeakers(List.of(p.id())).build()),
          total(a, Selection.builder("").withMentions(List.of(p.id())).build()));
    }

    private static long total(Archive a, Selection s) throws IOException {
      return a.search(SearchRequest.builder(s).withLimit(1).build()).total();
    }

    String name() {
      return english != null ? english : russian;
    }
  }

  /** {@code verbatim people list}: the known people the archive has, most statements first. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = {
        "The people of the person authority who made or are mentioned in statements of the",
        "archive: id, name, statements made (as speaker), statements that mention them; most",
        "statements first. People the authority does not know are not listed."
      })
  static final class ListPeople implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin ArchiveOption archive;

    @Option(names = "--all", description = "Also the known people the archive does not have.")
    boolean all;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      List<Counted> rows = new ArrayList<>();
      try (Archive a = archive.open(false)) {
        for (Person p : PersonAuthority.standard().people()) {
          Counted c = Counted.of(p, a);
          if (all || c.statementsBy() > 0 || c.statementsMentioning() > 0) {
            rows.add(c);
          }
        }
      }
      rows.sort(
          Comparator.comparingLong((Counted c) -> -(c.statementsBy() + c.statementsMentioning()))
              .thenComparing(Counted::id));
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.pretty().writeValueAsString(rows));
        return 0;
      }
      out.printf(Locale.ROOT, "%-36s %-28s %8s %10s%n", "ID", "NAME", "BY", "MENTIONED");
      for (Counted c : rows) {
        out.printf(
            Locale.ROOT,
            "%-36s %-28s %8d %10d%n",
            c.id(),
            c.name(),
            c.statementsBy(),
            c.statementsMentioning());
      }
      out.printf(Locale.ROOT, "%d people%n", rows.size());
      return 0;
    }
  }

  /** {@code verbatim people show NAME|ID}: one person, found by any of their names or the id. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = {
        "One person of the authority, by id (person:sergey-lavrov) or by any name as people write",
        "it (Lavrov, Лавров, \"Sergei Lavrov\"): names, roles over time, statements made and",
        "statements that mention them. Exit 1 when no known person has that name."
      })
  static final class Show implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin ArchiveOption archive;

    @Parameters(paramLabel = "NAME|ID", description = "The person's id or one of their names.")
    String who;

    @Option(names = "--json", description = "Print a JSON array of the people found.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      PersonAuthority authority = PersonAuthority.standard();
      Set<String> ids = SpeakerNames.standard().filterIds(who);
      List<Person> found =
          ids.stream().map(authority::person).flatMap(java.util.Optional::stream).toList();
      if (found.isEmpty()) {
        spec.commandLine()
            .getErr()
            .println(
                CliFailure.shorten(
                    "verbatim people show: no known person is named '"
                        + who
                        + "' (verbatim people list --all lists them)"));
        return VerbatimCli.EXIT_INPUT_FAILED;
      }
      List<Counted> rows = new ArrayList<>();
      try (Archive a = archive.open(false)) {
        for (Person p : found) {
          rows.add(Counted.of(p, a));
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.pretty().writeValueAsString(rows));
        return 0;
      }
      for (Counted c : rows) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("id", c.id());
        facts.put("English", c.english());
        facts.put("Russian", c.russian());
        facts.put("also", c.aliases().isEmpty() ? null : String.join("; ", c.aliases()));
        facts.put("made", c.statementsBy() + " statements (as speaker)");
        facts.put("mentioned in", c.statementsMentioning() + " statements");
        facts.forEach(
            (k, v) -> {
              if (v != null) {
                out.printf(Locale.ROOT, "%-13s %s%n", k, v);
              }
            });
        for (PersonRole r : c.roles()) {
          out.printf(
              Locale.ROOT,
              "%-13s %s, %s – %s%n",
              "role",
              r.label() != null ? r.label() : r.office(),
              r.from() == null ? "?" : r.from(),
              r.to() == null ? "" : r.to());
        }
        out.println();
      }
      return 0;
    }
  }
}
