package io.verbatim.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.ParsedEndpoint;
import io.verbatim.archive.Archive;
import io.verbatim.server.api.ApiRoutes;
import io.verbatim.server.web.WebRoutes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The HTTP server: the JSON API under {@code /api}, the web UI, {@code /health} and {@code /feed},
 * static files from the classpath's {@code /static}, over any {@link Archive}.
 *
 * <p>Every response carries the {@link SecurityHeaders}, Jetty's own error answers included ({@link
 * JettyErrors}); every request's address is held to the {@link RequestBounds}; every error is
 * answered in one place ({@link ErrorResponses}: JSON on the API's paths, an HTML page on the web
 * UI's); requests that change the archive need the bearer token ({@link WriteAccess}). Requests run
 * on virtual threads; archive calls are cut off after the configured query timeout; analyses and
 * exports run as {@link HeavyWork}, limited in number and time. {@link #close()} stops the server;
 * it does not close the archive, which belongs to the caller.
 */
public final class VerbatimServer implements AutoCloseable {
  private final Javalin app;
  private final ServerContext context;

  private VerbatimServer(Javalin app, ServerContext context) {
    this.app = app;
    this.context = context;
  }

  /**
   * Starts a server over {@code archive} and returns once it listens.
   *
   * @throws IllegalStateException when it cannot listen (e.g. the port is taken)
   */
  public static VerbatimServer start(Archive archive, ServerConfig config) {
    Objects.requireNonNull(archive, "archive");
    Objects.requireNonNull(config, "config");
    ServerContext context = new ServerContext(archive, config);
    AtomicReference<Javalin> created = new AtomicReference<>();
    Javalin app =
        Javalin.create(
            javalin -> configure(javalin, context, path -> allowedMethods(created.get(), path)));
    created.set(app);
    try {
      app.start(config.host(), config.port());
    } catch (RuntimeException e) {
      context.close();
      throw new IllegalStateException(
          "cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
    }
    return new VerbatimServer(app, context);
  }

  /** The methods routes take at {@code path}, e.g. {@code [GET]}. */
  private static List<String> allowedMethods(Javalin app, String path) {
    Set<String> methods = new TreeSet<>();
    if (app != null) {
      for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
        if (e.endpoint.method.isHttpMethod() && e.matches(path)) {
          methods.add(e.endpoint.method.name());
        }
      }
    }
    return List.copyOf(methods);
  }

  private static void configure(
      JavalinConfig javalin, ServerContext context, Function<String, List<String>> allowed) {
    ServerConfig config = context.config();
    javalin.startup.showJavalinBanner = false;
    javalin.startup.showOldJavalinVersionWarning = false;
    javalin.concurrency.useVirtualThreads = true;
    javalin.http.maxRequestSize = config.limits().maxUploadBytes();
    javalin.jetty.multipartConfig.maxTotalRequestSize(
        config.limits().maxUploadBytes(), SizeUnit.BYTES);
    javalin.jetty.multipartConfig.maxFileSize(config.limits().maxUploadBytes(), SizeUnit.BYTES);
    javalin.http.prefer405over404 = true;
    javalin.jetty.modifyHttpConfiguration(
        http -> {
          http.setRequestHeaderSize(JettyErrors.MAX_HEADER_BYTES);
          http.setSendServerVersion(false);
        });
    ErrorPage errorPage = WebRoutes.errorPage(context);
    javalin.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors(errorPage)));
    javalin.staticFiles.add(
        files -> {
          files.hostedPath = "/static";
          files.directory = "/static";
          files.location = Location.CLASSPATH;
        });
    javalin.routes.before(SecurityHeaders::apply);
    javalin.routes.before(ctx -> context.bounds().check(ctx));
    ErrorResponses.install(javalin.routes, errorPage, allowed);
    ApiRoutes.register(javalin.routes, context);
    WebRoutes.register(javalin, context);
  }

  /** The port the server listens on (the one chosen when configured with 0). */
  public int port() {
    return app.port();
  }

  /** The server's address, e.g. {@code http://127.0.0.1:8080}. */
  public String url() {
    String host = context.config().host();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return "http://" + host + ":" + port();
  }

  /** The archive, configuration and helpers routes share. */
  public ServerContext context() {
    return context;
  }

  /** Every registered HTTP route as {@code METHOD path}, e.g. {@code GET /api/search}. */
  public List<String> routes() {
    List<String> routes = new ArrayList<>();
    for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
      routes.add(e.endpoint.method.name() + " " + e.endpoint.path);
    }
    return routes;
  }

  /** Stops listening and waits for requests in flight; the archive stays open. */
  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      context.close();
    }
  }
}
