package io.verbatim.cli;

import io.verbatim.archive.ArchiveProvider;
import io.verbatim.archive.CheckReport;
import io.verbatim.archive.CheckReport.Kind;
import io.verbatim.model.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim check [--repair]}: the archive's integrity check ({@link CheckReport}), and with
 * {@code --repair} the repair, then the check again. Prints what is damaged (standard output; steps
 * on standard error). Exit 0 when the archive is clean (after the repair, with {@code --repair}), 1
 * when damage was found (or remains), 3 when the archive cannot be opened (or another process is
 * writing it), 2 when the backend cannot repair.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks the archive: the index (Lucene's CheckIndex; on SolrCloud the collections' health),",
      "that every stored record parses, that every original's bytes match their sha256, and that",
      "records and originals correspond. Exits 1 when anything is damaged.",
      "With --repair (embedded archives): rebuilds a damaged index from the stored records, reads",
      "statements whose records were lost again from their originals, moves damaged originals",
      "aside, says what it restored, then checks again."
    })
final class CheckCommand implements Callable<Integer> {
  /** Unreferenced originals listed by name in the text output; the rest are counted. */
  private static final int LISTED = 10;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ArchiveOption archive;

  @Option(names = "--repair", description = "Repair what is damaged, then check again.")
  boolean repair;

  @Option(names = "--json", description = "Print the report(s) as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Consumer<String> progress =
        line -> {
          err.println(line + " …");
          err.flush();
        };
    CheckReport found = check(repair, progress);
    CheckReport after = null;
    if (found.repair() != null && (found.repair().rebuilt() || !found.repair().notes().isEmpty())) {
      progress.accept("checking the repaired archive");
      after = check(false, progress);
    }
    CheckReport last = after == null ? found : after;
    if (json) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("damaged", last.damaged());
      r.put("found", found);
      r.put("afterRepair", after);
      out.println(Json.pretty().writeValueAsString(r));
    } else {
      print(out, found);
      if (found.repair() != null) {
        printRepair(out, found.repair());
      }
      if (after != null) {
        out.println();
        out.println("after the repair:");
        print(out, after);
      }
    }
    out.flush();
    return last.damaged() ? VerbatimCli.EXIT_INPUT_FAILED : 0;
  }

  private CheckReport check(boolean withRepair, Consumer<String> progress) throws IOException {
    try {
      return ArchiveProvider.checkLocation(archive.location, withRepair, progress);
    } catch (UnsupportedOperationException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    } catch (IllegalArgumentException | IOException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new IOException(
          "cannot check the archive at " + archive.location + ": " + e.getMessage(), e);
    }
  }

  private static void print(PrintWriter out, CheckReport report) {
    out.printf(
        "checked %s: %d index part(s), %d record(s), %d original(s)%n",
        report.location(), report.indexParts(), report.records(), report.originals());
    List<CheckReport.Problem> damage =
        report.problems().stream().filter(CheckReport.Problem::damage).toList();
    if (damage.isEmpty()) {
      out.println("clean: nothing is damaged");
    } else {
      out.printf("DAMAGED: %d problem(s)%n", damage.size());
      for (CheckReport.Problem p : damage) {
        out.printf("  %s %s: %s%n", label(p.kind()), p.subject(), p.message());
      }
    }
    List<CheckReport.Problem> unreferenced = report.problems(Kind.ORIGINAL_UNREFERENCED);
    if (!unreferenced.isEmpty()) {
      out.printf(
          "note: %d original(s) named by no record (left by a delete or a failed ingest, or their"
              + " records were lost):%n",
          unreferenced.size());
      unreferenced.stream().limit(LISTED).forEach(p -> out.println("  " + p.subject()));
      if (unreferenced.size() > LISTED) {
        out.printf("  … and %d more (--json lists them all)%n", unreferenced.size() - LISTED);
      }
    }
  }

  private static void printRepair(PrintWriter out, CheckReport.Repair repair) {
    if (repair.rebuilt()) {
      out.printf(
          "repaired: rebuilt the index: %d statement(s) from their stored records, %d read again"
              + " from their originals%n",
          repair.fromRecords(), repair.reread().size());
      repair.reread().forEach(id -> out.println("  read again: " + id));
    } else if (repair.notes().isEmpty()) {
      out.println("nothing to repair");
    }
    repair.lost().forEach(l -> out.println("  LOST: " + l));
    repair.notes().forEach(n -> out.println("  " + n));
  }

  private static String label(Kind kind) {
    return switch (kind) {
      case INDEX -> "index";
      case RECORD -> "record";
      case ORIGINAL_DAMAGED -> "original damaged";
      case ORIGINAL_MISSING -> "original missing";
      case ORIGINAL_UNREFERENCED -> "original unreferenced";
      case CLUSTER -> "cluster";
    };
  }
}
