package io.verbatim.cli;

import io.verbatim.solr.SolrArchive;
import io.verbatim.solr.SolrLocation;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim solr init|upgrade}: sets up or upgrades an archive on SolrCloud. */
@Command(
    name = "solr",
    mixinStandardHelpOptions = true,
    description = "Archives on Apache SolrCloud.",
    subcommands = {SolrCommand.Init.class, SolrCommand.Upgrade.class})
final class SolrCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code verbatim solr init --archive solr://… --shards N --replicas N}. */
  @Command(
      name = "init",
      mixinStandardHelpOptions = true,
      description = {
        "Uploads Verbatim's configset and creates the archive's collections (statements and"
            + " <name>_originals); leaves whatever exists alone, so it can be run again.",
        "The Solr nodes need the verbatim-solr-plugin jar in their lib folder (see docs/solr.md)."
      })
  static final class Init implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--archive",
        required = true,
        paramLabel = "solr://ZK[,ZK…][/CHROOT]/COLLECTION",
        description = "The archive on SolrCloud, e.g. solr://zk1:2181,zk2:2181/verbatim.")
    String location;

    @Option(names = "--shards", defaultValue = "1", description = "Shards (default: 1).")
    int shards;

    @Option(
        names = "--replicas",
        defaultValue = "1",
        description = "Replicas of each shard (default: 1).")
    int replicas;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      SolrLocation at;
      try {
        at = SolrLocation.parse(location);
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println(e.getMessage());
        return VerbatimCli.EXIT_USAGE;
      }
      if (shards < 1 || replicas < 1) {
        throw new IllegalArgumentException(
            "--shards and --replicas must be 1 or more: " + shards + " × " + replicas);
      }
      boolean created;
      try {
        created = SolrArchive.init(at, shards, replicas);
      } catch (RuntimeException e) {
        // SolrJ reports an unreachable ZooKeeper or Solr node as a runtime exception.
        throw new java.io.IOException(
            "cannot set up the archive at " + at + ": " + e.getMessage(), e);
      }
      out.printf(
          created
              ? "archive ready at %s (%d shard(s) × %d replica(s))%n"
              : "archive at %s already set up; nothing changed%n",
          at,
          shards,
          replicas);
      return 0;
    }
  }

  /** {@code verbatim solr upgrade --archive solr://…}. */
  @Command(
      name = "upgrade",
      mixinStandardHelpOptions = true,
      description = {
        "Upgrades an archive made by an older Verbatim to this one's format, in place: installs"
            + " the new configset, reloads the collections and re-indexes every stored record"
            + " (original bytes are kept). Safe to run again if it stops; the archive opens again"
            + " when it has finished.",
        "The Solr nodes need this Verbatim's verbatim-solr-plugin jar in their lib folder first."
      })
  static final class Upgrade implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--archive",
        required = true,
        paramLabel = "solr://ZK[,ZK…][/CHROOT]/COLLECTION",
        description = "The archive on SolrCloud, e.g. solr://zk1:2181,zk2:2181/verbatim.")
    String location;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      SolrLocation at;
      try {
        at = SolrLocation.parse(location);
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println(e.getMessage());
        return VerbatimCli.EXIT_USAGE;
      }
      SolrArchive.upgrade(at, line -> out.println(line));
      return 0;
    }
  }
}
