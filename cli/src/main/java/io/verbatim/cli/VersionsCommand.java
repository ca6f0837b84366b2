package io.verbatim.cli;

import io.verbatim.archive.Archive;
import io.verbatim.archive.VersionLink;
import io.verbatim.model.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim versions}: the other language versions of a statement. */
@Command(
    name = "versions",
    mixinStandardHelpOptions = true,
    description = {
      "The other language versions of statement ID: explicit links (same kremlin.ru or mid.ru",
      "id, same document number) or, when there is none, inferred ones (date within a day,",
      "speaker, entities, numbers) with their confidence and evidence."
    })
final class VersionsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ArchiveOption archive;

  @Parameters(paramLabel = "ID", description = "The statement id.")
  String id;

  @Option(names = "--json", description = "Print the links as a JSON array.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<VersionLink> links;
    try (Archive a = archive.open(false)) {
      if (a.get(id).isEmpty()) {
        spec.commandLine()
            .getErr()
            .println(
                CliFailure.shorten(
                    "verbatim versions: no statement with id " + id + " in " + a.location()));
        return VerbatimCli.EXIT_INPUT_FAILED;
      }
      links = a.languageVersions(id);
    }
    if (json) {
      out.println(Json.pretty().writeValueAsString(links));
      return 0;
    }
    if (links.isEmpty()) {
      out.println("no other language version of " + id + " found");
      return 0;
    }
    for (VersionLink l : links) {
      out.println(describe(l));
    }
    return 0;
  }

  /** One line: id, language, date, kind, confidence, evidence, title. */
  static String describe(VersionLink l) {
    return String.format(
        Locale.ROOT,
        "%s  %s  %s  %s %.2f  (%s)  %s",
        l.id(),
        l.language() == null ? "??" : l.language(),
        l.date() == null ? "(undated)" : l.date(),
        l.kind().name().toLowerCase(Locale.ROOT),
        l.confidence(),
        String.join("; ", l.evidence()),
        l.title() == null ? "(untitled)" : l.title());
  }
}
