package io.verbatim.server;

import io.verbatim.archive.Archive;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An archive whose calls can be replaced by scripts (slow, failing, never-ending), by method name;
 * the other calls go to a real archive. For the tests of limits and failures.
 */
public final class ScriptedArchive {
  /** A replacement for one call: its arguments, and the real call. */
  @FunctionalInterface
  public interface Script {
    Object run(Object[] args, RealCall real) throws Throwable;
  }

  /** The real archive's call with the same arguments. */
  @FunctionalInterface
  public interface RealCall {
    Object call() throws Throwable;
  }

  private final Map<String, Script> scripts = new ConcurrentHashMap<>();
  private final Archive archive;

  public ScriptedArchive(Archive real) {
    this.archive =
        (Archive)
            Proxy.newProxyInstance(
                Archive.class.getClassLoader(),
                new Class<?>[] {Archive.class},
                (proxy, method, args) -> {
                  RealCall call =
                      () -> {
                        try {
                          return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                          throw e.getCause();
                        }
                      };
                  Script script = scripts.get(method.getName());
                  return script == null ? call.call() : script.run(args, call);
                });
  }

  /** The archive to serve. */
  public Archive archive() {
    return archive;
  }

  /** Replaces calls of {@code method} with {@code script} (null: the real call again). */
  public void script(String method, Script script) {
    if (script == null) {
      scripts.remove(method);
    } else {
      scripts.put(method, script);
    }
  }
}
