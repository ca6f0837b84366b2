package io.verbatim.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.verbatim.model.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Compares API answers with golden files in {@code src/test/resources/golden/api/NAME.json}, after
 * normalising what changes from run to run: ingest times become {@code "<ingestedAt>"}, the samples
 * folder's absolute path becomes {@code "samples"}, and floating-point numbers are rounded to 4
 * decimals.
 *
 * <p>To regenerate the golden files after an intended change, run the test with {@code
 * -Dverbatim.updateGolden=true} (from the worktree root: {@code ./mvnw -pl server -am verify
 * -Dtest=ApiGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dverbatim.updateGolden=true}), and
 * review the diff before committing.
 */
final class GoldenJson {
  static final Path DIR = Path.of("src/test/resources/golden/api");

  private GoldenJson() {}

  static void assertMatches(String name, JsonNode actual, String samplesPath) throws IOException {
    JsonNode normal = normalise(actual.deepCopy(), samplesPath);
    String text = Json.pretty().writeValueAsString(normal) + "\n";
    Path file = DIR.resolve(name + ".json");
    if (Boolean.getBoolean("verbatim.updateGolden")) {
      Files.createDirectories(DIR);
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file)
        .as("golden file %s (regenerate with -Dverbatim.updateGolden=true)", file)
        .exists();
    JsonNode expected =
        normalise(
            Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8)), samplesPath);
    assertThat(Json.pretty().writeValueAsString(normal))
        .as("%s differs from its golden file %s", name, file)
        .isEqualTo(Json.pretty().writeValueAsString(expected));
  }

  static JsonNode normalise(JsonNode node, String samplesPath) {
    if (node instanceof ObjectNode o) {
      Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        if (f.getKey().equals("ingestedAt") && !f.getValue().isNull()) {
          f.setValue(TextNode.valueOf("<ingestedAt>"));
        } else {
          f.setValue(normalise(f.getValue(), samplesPath));
        }
      }
      return o;
    }
    if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        a.set(i, normalise(a.get(i), samplesPath));
      }
      return a;
    }
    if (node.isTextual() && node.asText().contains(samplesPath)) {
      return TextNode.valueOf(node.asText().replace(samplesPath, "samples"));
    }
    if (node.isFloatingPointNumber()) {
      return JsonNodeFactory.instance.numberNode(
          new BigDecimal(node.asText()).setScale(4, RoundingMode.HALF_EVEN));
    }
    return node;
  }
}
