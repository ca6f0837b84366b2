package io.verbatim.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerConfigTest {
  @Test
  void defaultsListenOnLoopbackReadOnly() {
    ServerConfig c = ServerConfig.builder().build();
    assertThat(c.host()).isEqualTo("127.0.0.1");
    assertThat(c.port()).isEqualTo(8080);
    assertThat(c.readOnly()).isTrue();
    assertThat(c.limits()).isEqualTo(ServerConfig.Limits.DEFAULTS);
  }

  @Test
  void theTokenNeverAppearsInToString() {
    ServerConfig c = ServerConfig.builder().token("s3cret-value").build();
    assertThat(c.readOnly()).isFalse();
    assertThat(c.toString()).doesNotContain("s3cret-value").contains("token=set");
  }

  @Test
  void badValuesAreRefusedByName() {
    assertThatThrownBy(() -> ServerConfig.builder().port(70000).build())
        .hasMessageContaining("port");
    assertThatThrownBy(() -> ServerConfig.builder().token("  ").build())
        .hasMessageContaining("token");
    assertThatThrownBy(() -> ServerConfig.builder().maxPageSize(0).build())
        .hasMessageContaining("max page size");
    assertThatThrownBy(() -> ServerConfig.builder().maxUploadBytes(0).build())
        .hasMessageContaining("upload");
    assertThatThrownBy(() -> ServerConfig.builder().queryTimeout(Duration.ZERO).build())
        .hasMessageContaining("timeout");
    assertThatThrownBy(() -> ServerConfig.builder().baseUrl(URI.create("relative/path")).build())
        .hasMessageContaining("base URL");
    assertThatThrownBy(() -> ServerConfig.builder().host(" ").build()).hasMessageContaining("host");
  }
}
