package io.verbatim.lucene;

import io.verbatim.model.Source;
import io.verbatim.model.Statement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A process for {@link LuceneArchiveCrashTest}: commits some statements to an archive, adds more
 * without committing, says so on stdout and waits to be killed.
 *
 * <p>Arguments: archive folder, number to commit, number to leave uncommitted.
 */
public final class CrashingWriter {
  private CrashingWriter() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int committed = Integer.parseInt(args[1]);
    int uncommitted = Integer.parseInt(args[2]);
    LuceneArchive archive = LuceneArchive.open(dir, true);
    for (int i = 0; i < committed + uncommitted; i++) {
      byte[] body =
          ("Crash test statement " + i + " on consular matters.").getBytes(StandardCharsets.UTF_8);
      String sha = archive.putOriginal(body);
      archive.add(
          Statement.builder()
              .withId(Statement.idFor(sha))
              .withSource(new Source("crash/" + i, "capture", sha, sha, null, Instant.now()))
              .withLanguage("en")
              .withBody(new String(body, StandardCharsets.UTF_8))
              .build());
      if (i == committed - 1) {
        archive.commit();
      }
    }
    System.out.println("UNCOMMITTED");
    System.out.flush();
    Thread.sleep(120_000);
  }
}
