package io.verbatim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.Archive;
import io.verbatim.ingest.Capture;
import io.verbatim.ingest.Formats;
import io.verbatim.ingest.IngestReport;
import io.verbatim.ingest.Ingestor;
import io.verbatim.server.SampleArchive;
import io.verbatim.server.ServerConfig;
import io.verbatim.server.VerbatimServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

/**
 * A server on port 0 over a temporary Lucene archive holding the project's samples plus one
 * invented statement whose title, speaker, body and link try to inject markup and script.
 */
final class WebFixture implements AutoCloseable {
  /** The hostile statement's title: must be shown as text, never run. */
  static final String XSS_TITLE = "<script>alert('title')</script> Statement on <b>bold</b> tags";

  /** The hostile statement's first body paragraph. */
  static final String XSS_BODY =
      "<img src=x onerror=alert('body')> The ministry notes \"quotes\" & ampersands.";

  /** An invented JSON Lines record carrying the markup above (never real text). */
  static final String XSS_JSONL =
      "{\"title\": \"<script>alert('title')</script> Statement on <b>bold</b> tags\", "
          + "\"date\": \"2024-01-15\", "
          + "\"text\": \"<img src=x onerror=alert('body')> The ministry notes \\\"quotes\\\" &"
          + " ampersands.\\n\\n<script>alert('second')</script> Security talks continue.\", "
          + "\"url\": \"javascript:alert('url')\", "
          + "\"speaker\": \"<i>Ivo</i> Quill\"}\n";

  final Archive archive;
  final VerbatimServer server;
  final String xssId;
  private final HttpClient http = HttpClient.newHttpClient();

  WebFixture(Path temp) throws IOException {
    archive = SampleArchive.create(temp);
    IngestReport report =
        new Ingestor(archive, Formats.standard(), Ingestor.Options.defaults())
            .ingestCaptures(
                List.of(Capture.ofText("hostile.jsonl", XSS_JSONL)), new Ingestor.Listener() {});
    assertThat(report.getFailed()).as("hostile statement ingest").isEmpty();
    assertThat(report.getIngested()).isEqualTo(1);
    xssId = report.getStatements().get(0).id();
    server = VerbatimServer.start(archive, ServerConfig.builder().port(0).build());
  }

  String url(String path) {
    return server.url() + path;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url(path))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() throws IOException {
    server.close();
    archive.close();
  }
}
