package io.verbatim.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a SolrCloud archive is: {@code solr://zk1:2181,zk2:2181[/chroot/path]/collection}.
 *
 * @param zkHosts the ZooKeeper ensemble, {@code host:port} each, at least one
 * @param chroot the ZooKeeper chroot ({@code /solr}), or empty
 * @param collection the statements collection; the originals live in {@link #originals()}
 */
public record SolrLocation(List<String> zkHosts, Optional<String> chroot, String collection) {
  /** The scheme prefix of every SolrCloud location. */
  public static final String SCHEME = "solr://";

  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9_.\\-\\[\\]:]+:\\d{1,5}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_\\-]*");

  public SolrLocation {
    zkHosts = List.copyOf(Objects.requireNonNull(zkHosts, "ZooKeeper hosts"));
    Objects.requireNonNull(chroot, "chroot (Optional.empty() for none)");
    Objects.requireNonNull(collection, "collection name");
    if (zkHosts.isEmpty()) {
      throw new IllegalArgumentException("a SolrCloud location needs at least one ZooKeeper host");
    }
  }

  /** True when {@code location} is meant for SolrCloud ({@code solr://…}). */
  public static boolean isSolr(String location) {
    return location != null && location.startsWith(SCHEME);
  }

  /**
   * Reads {@code solr://zk1:2181,zk2:2181[/chroot]/collection}.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static SolrLocation parse(String location) {
    Objects.requireNonNull(location, "location");
    if (!isSolr(location)) {
      throw new IllegalArgumentException(
          "not a SolrCloud location (solr://zk1:2181,zk2:2181/collection): " + location);
    }
    String rest = location.substring(SCHEME.length());
    int slash = rest.indexOf('/');
    if (slash < 0 || slash == rest.length() - 1) {
      throw new IllegalArgumentException(
          "'" + location + "' names no collection: write solr://zk1:2181,zk2:2181/collection");
    }
    List<String> hosts =
        Arrays.stream(rest.substring(0, slash).split(",")).map(String::trim).toList();
    for (String h : hosts) {
      if (!HOST.matcher(h).matches()) {
        throw new IllegalArgumentException(
            "'" + h + "' in '" + location + "' is not a ZooKeeper host:port");
      }
    }
    String path = rest.substring(slash);
    int last = path.lastIndexOf('/');
    String collection = path.substring(last + 1);
    if (!NAME.matcher(collection).matches()) {
      throw new IllegalArgumentException(
          "'"
              + collection
              + "' in '"
              + location
              + "' is not a collection name (letters, digits, '_' and '-')");
    }
    Optional<String> chroot = last == 0 ? Optional.empty() : Optional.of(path.substring(0, last));
    return new SolrLocation(hosts, chroot, collection);
  }

  /** The collection of original bytes: {@code <collection>_originals}. */
  public String originals() {
    return collection + "_originals";
  }

  /** The configset name this archive's collections use. */
  public String configSet() {
    return collection + "_verbatim";
  }

  @Override
  public String toString() {
    return SCHEME + String.join(",", zkHosts) + chroot.orElse("") + "/" + collection;
  }
}
