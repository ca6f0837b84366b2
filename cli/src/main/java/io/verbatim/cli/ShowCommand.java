package io.verbatim.cli;

import io.verbatim.archive.Archive;
import io.verbatim.archive.VersionLink;
import io.verbatim.model.Json;
import io.verbatim.model.Material;
import io.verbatim.model.Statement;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code verbatim show}: one statement, its versions, or its original bytes. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Shows one statement: its record, or with --original its exact original bytes.")
final class ShowCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ParentCommand VerbatimCli cli;

  @Mixin ArchiveOption archive;

  @Parameters(paramLabel = "ID", description = "The statement id.")
  String id;

  @Option(names = "--original", description = "Write the original bytes, byte for byte.")
  boolean original;

  @Option(names = "--json", description = "Print the record as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Archive a = archive.open(false)) {
      Optional<Statement> found = a.get(id);
      if (found.isEmpty()) {
        err.println(
            CliFailure.shorten(
                "verbatim show: no statement with id " + id + " in " + a.location()));
        return VerbatimCli.EXIT_INPUT_FAILED;
      }
      Statement s = found.get();
      if (original) {
        Optional<InputStream> bytes = a.openOriginal(s.source().sha256());
        if (bytes.isEmpty()) {
          err.println(
              "verbatim show: the original bytes of " + id + " are missing from " + a.location());
          return VerbatimCli.EXIT_ARCHIVE;
        }
        out.flush();
        OutputStream raw = cli.rawOut();
        try (InputStream in = bytes.get()) {
          in.transferTo(raw);
        }
        raw.flush();
        return 0;
      }
      List<Statement> versions = a.versions(s.statementKey());
      if (json) {
        out.println(Json.pretty().writeValueAsString(s));
        return 0;
      }
      printReadable(out, s, versions, languageVersions(a, s.id()));
    }
    return 0;
  }

  /** The statement's other language versions, or none when the backend cannot find them. */
  private static List<VersionLink> languageVersions(Archive a, String id)
      throws java.io.IOException {
    try {
      return a.languageVersions(id);
    } catch (UnsupportedOperationException e) {
      return List.of();
    }
  }

  private static void printReadable(
      PrintWriter out, Statement s, List<Statement> versions, List<VersionLink> languages) {
    line(out, "id", s.id());
    line(out, "title", s.title());
    line(
        out,
        "published",
        s.published() == null
            ? null
            : s.published()
                + " ("
                + s.published().precision().label()
                + (s.publishedZone() == null ? "" : ", " + s.publishedZone())
                + ")");
    line(out, "language", s.language());
    line(out, "versions", s.versions().isEmpty() ? null : String.join(" ", s.versions()));
    line(
        out,
        "speaker",
        s.speaker() == null
            ? null
            : (s.speaker().name() == null ? "" : s.speaker().name())
                + (s.speaker().role() == null ? "" : " (" + s.speaker().role() + ")"));
    line(out, "genre", s.genre());
    line(out, "event", s.event());
    line(out, "place", s.place());
    line(out, "event date", s.eventDate());
    line(out, "document no.", s.documentNumber());
    line(
        out,
        "source",
        s.source().path()
            + (s.source().locator() == null ? "" : " [" + s.source().locator() + "]")
            + " ("
            + s.source().format()
            + ")");
    line(out, "sha256", s.source().sha256());
    if (!s.inferred().isEmpty()) {
      line(out, "inferred", String.join(", ", s.inferred()));
    }
    for (Material m : s.materials()) {
      line(
          out,
          "material",
          m.kind().name().toLowerCase(java.util.Locale.ROOT)
              + ": "
              + (m.title() == null ? "" : m.title())
              + (m.url() == null ? "" : " <" + m.url() + ">"));
    }
    s.extra().forEach((k, v) -> line(out, k, v));
    if (versions.size() > 1) {
      out.println("versions of this statement (" + versions.size() + ", oldest first):");
      Statement current = versions.get(versions.size() - 1);
      for (Statement v : versions) {
        out.println(
            "  "
                + v.id()
                + (v.id().equals(s.id()) ? " (this one)" : "")
                + (v == current ? " (current: the one searches count)" : "")
                + "  ingested "
                + v.source().ingestedAt());
      }
    }
    if (!languages.isEmpty()) {
      out.println("language versions:");
      for (VersionLink l : languages) {
        out.println("  " + VersionsCommand.describe(l));
      }
    }
    out.println();
    out.println(s.hasText() ? s.body() : "(published without text)");
  }

  private static void line(PrintWriter out, String label, Object value) {
    if (value != null) {
      out.printf("%-13s %s%n", label + ":", value);
    }
  }
}
