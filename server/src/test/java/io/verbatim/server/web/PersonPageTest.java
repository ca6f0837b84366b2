package io.verbatim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.archive.Archive;
import io.verbatim.archive.ArchiveProvider;
import io.verbatim.model.EntityCount;
import io.verbatim.model.EntityKind;
import io.verbatim.model.Published;
import io.verbatim.model.Source;
import io.verbatim.model.Speaker;
import io.verbatim.model.Statement;
import io.verbatim.server.ServerConfig;
import io.verbatim.server.VerbatimServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person's page: names in both languages and roles from the person authority ({@code people.tsv},
 * {@code roles.tsv}: Sergey Lavrov, Сергей Лавров, permanent representative then foreign minister),
 * the statements they made as speaker, and the statements that mention them. The invented fixture:
 *
 * <pre>
 * 1 (2020) by "Sergei Lavrov"           (person:sergey-lavrov)
 * 2 (2021) by "С.В.Лавров"              (person:sergey-lavrov)
 * 3 (2021) by "Ivo Quill", mentions person:sergey-lavrov
 * </pre>
 */
class PersonPageTest {
  @TempDir static Path temp;
  static Archive archive;
  static VerbatimServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final String LAVROV = "person:sergey-lavrov";

  private static Statement statement(String body, LocalDate date, Speaker speaker, String mention)
      throws Exception {
    String sha =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest((date + body).getBytes(StandardCharsets.UTF_8)));
    List<EntityCount> mentions =
        mention == null
            ? List.of()
            : List.of(
                new EntityCount(
                    mention, EntityKind.PERSON, 1, 0, List.of(new EntityCount.Span(0, 1))));
    return Statement.builder()
        .withId(Statement.idFor(sha))
        .withSource(new Source("t.txt", "capture", sha, sha, null, Instant.now()))
        .withLanguage("en")
        .withPublished(Published.of(date))
        .withSpeaker(speaker)
        .withBody(body)
        .withMentions(mentions)
        .build();
  }

  @BeforeAll
  static void start() throws Exception {
    archive = ArchiveProvider.openLocation(temp.resolve("archive").toString(), true);
    archive.add(
        statement(
            "Remarks on the harbour.",
            LocalDate.of(2020, 3, 1),
            new Speaker("Sergei Lavrov", null, LAVROV),
            null));
    archive.add(
        statement(
            "Answers on the harbour.",
            LocalDate.of(2021, 3, 1),
            new Speaker("С.В.Лавров", null, LAVROV),
            null));
    archive.add(
        statement(
            "A note on the minister's visit.",
            LocalDate.of(2021, 4, 1),
            new Speaker("Ivo Quill", null),
            LAVROV));
    archive.commit();
    server = VerbatimServer.start(archive, ServerConfig.builder().port(0).build());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    archive.close();
  }

  private static Document page(String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(r.body(), server.url() + path);
  }

  private static String relative(String href) {
    URI uri = URI.create(server.url()).resolve(href);
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  @Test
  void aPersonPageShowsNamesRolesAndTheirStatementsByName() throws Exception {
    Document d = page("/entities/person%3Asergey-lavrov");
    assertThat(d.selectFirst("h1").text()).isEqualTo("Sergey Lavrov");
    assertThat(d.selectFirst("dd[lang=ru]").text()).isEqualTo("Сергей Лавров");
    assertThat(d.select("ul.roles li").eachText())
        .containsExactly(
            "Permanent Representative of Russia to the UN, 1994-01-01 – 2004-03-09",
            "Minister of Foreign Affairs of Russia, 2004-03-09 –");

    assertThat(d.selectFirst("#person-statements").text())
        .isEqualTo("All 2 statements made by Sergey Lavrov");
    Document by = page(relative(d.selectFirst("#person-statements").attr("href")));
    assertThat(by.select("li.hit")).hasSize(2);
    assertThat(d.selectFirst("#entity-search").text())
        .isEqualTo("All 1 statements that mention Sergey Lavrov");

    // The speaker facet names him once, by his preferred name, never by id.
    Document all = page("/");
    assertThat(all.select("section.facet[data-facet=speaker] a").eachText())
        .anySatisfy(t -> assertThat(t).startsWith("Sergey Lavrov"))
        .noneSatisfy(t -> assertThat(t).contains("person:"))
        .noneSatisfy(t -> assertThat(t).contains("Лавров"));
  }

  @Test
  void anUnknownPersonIdIsNotFound() throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.url() + "/entities/person%3Ano-one-at-all"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(404);
  }
}
