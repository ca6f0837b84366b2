package io.verbatim.cli;

/** Placeholder entry point. */
public final class VerbatimCli {
  public static void main(String[] args) {}
}
