package io.verbatim.archive;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language-version groups of a set of statements, by the rules of {@link Archive#search}'s
 * grouping, for every backend: the backend numbers its statements {@code 0..capacity-1} and reports
 * what links each one ({@link Builder}); the groups are the connected components of the links.
 *
 * <p>The links: the same {@code statementKey} (versions in one language); or, between statements in
 * different languages, the same kremlin.ru id ({@code kremlinId}, or the id in a {@code
 * kremlin:<id>:<lang>} key) or the same mid.ru id or document number, which share one namespace
 * ({@code midId}, {@code documentNumber}, or the id in a {@code mid:<id>:<lang>} key). An
 * identifier stated only by statements of one language links none of them (a CSV can give one page
 * address to several texts); a statement without a language counts as another language than every
 * other statement. Only statements reported {@link Builder#live live} are in groups.
 *
 * <p>The ordering rules of a grouped page are here too: {@link #firstOfEachGroup} (the hit of a
 * group is its first statement in the request's order) and {@link #OTHER_VERSIONS_ORDER}.
 *
 * <p>Memory: three {@code int}s per statement number once built; while building, about twice that
 * plus one entry per distinct identifier.
 */
public final class VersionGrouping {
  /** The language number of a statement without a language. */
  public static final int NO_LANGUAGE = -1;

  /** The order of a hit's {@link SearchHit#otherVersions()}: matching first, by language, id. */
  public static final Comparator<SearchHit.OtherVersion> OTHER_VERSIONS_ORDER =
      Comparator.comparing((SearchHit.OtherVersion v) -> !v.matches())
          .thenComparing(SearchHit.OtherVersion::language, Comparator.nullsLast(String::compareTo))
          .thenComparing(SearchHit.OtherVersion::id);

  private static final Pattern SITE_KEY = Pattern.compile("(kremlin|mid):(.+):[a-z]{2,3}");
  private static final String KREMLIN = "k:";
  private static final String MID_OR_NUMBER = "n:";

  private final int[] groupOf;
  private final int[] groupStart;
  private final int[] members;

  private VersionGrouping(int[] groupOf, int[] groupStart, int[] members) {
    this.groupOf = groupOf;
    this.groupStart = groupStart;
    this.members = members;
  }

  /** A builder for statements numbered from 0 to {@code capacity - 1}. */
  public static Builder builder(int capacity) {
    return new Builder(capacity);
  }

  /** The number of statement numbers (live or not) this was built for. */
  public int capacity() {
    return groupOf.length;
  }

  /** The number of groups (a live statement without versions is a group of one). */
  public int groupCount() {
    return groupStart.length - 1;
  }

  /** The group of statement {@code statement}, or -1 when it was not live. */
  public int groupOf(int statement) {
    return groupOf[statement];
  }

  /** The statements of {@code group}, in ascending number. */
  public int[] members(int group) {
    return Arrays.copyOfRange(members, groupStart[group], groupStart[group + 1]);
  }

  /** The number of groups that hold at least one of the statements {@code matching} accepts. */
  public long countGroups(IntPredicate matching) {
    Objects.requireNonNull(matching, "matching");
    boolean[] seen = new boolean[groupCount()];
    long count = 0;
    for (int s = 0; s < groupOf.length; s++) {
      int g = groupOf[s];
      if (g >= 0 && !seen[g] && matching.test(s)) {
        seen[g] = true;
        count++;
      }
    }
    return count;
  }

  /**
   * The first statement of each group among {@code inOrder} (statements in the request's order), in
   * that order, at most {@code wanted} of them; statements that are not live are passed over.
   */
  public int[] firstOfEachGroup(int[] inOrder, long wanted) {
    Objects.requireNonNull(inOrder, "statements in order");
    boolean[] seen = new boolean[groupCount()];
    int[] first = new int[(int) Math.min(inOrder.length, Math.max(0, wanted))];
    int n = 0;
    for (int s : inOrder) {
      if (n == first.length) {
        break;
      }
      int g = groupOf[s];
      if (g >= 0 && !seen[g]) {
        seen[g] = true;
        first[n++] = s;
      }
    }
    return Arrays.copyOf(first, n);
  }

  /**
   * The identifier a statement key carries ({@code kremlin:<id>:<lang>} or {@code
   * mid:<id>:<lang>}), for {@link Builder#identifier}, or "" when it carries none.
   */
  public static String keyIdentifier(String statementKey) {
    if (statementKey == null
        || !(statementKey.startsWith("kremlin:") || statementKey.startsWith("mid:"))) {
      return "";
    }
    Matcher m = SITE_KEY.matcher(statementKey);
    if (!m.matches()) {
      return "";
    }
    return (m.group(1).equals("kremlin") ? KREMLIN : MID_OR_NUMBER) + m.group(2);
  }

  /** The identifier of a kremlin.ru id, for {@link Builder#identifier}. */
  public static String kremlinIdentifier(String kremlinId) {
    return KREMLIN + Objects.requireNonNull(kremlinId, "kremlin id");
  }

  /** The identifier of a mid.ru id or a document number, for {@link Builder#identifier}. */
  public static String midOrNumberIdentifier(String midIdOrNumber) {
    return MID_OR_NUMBER + Objects.requireNonNull(midIdOrNumber, "mid.ru id or document number");
  }

  /**
   * Collects the links of numbered statements. Not thread-safe; report each statement's key and
   * identifiers once (reporting an identifier twice for one statement is harmless).
   */
  public static final class Builder {
    private final boolean[] live;
    private final UnionFind links;
    private final Map<String, Integer> languageNumbers = new HashMap<>();
    private final Map<String, IdHolders> holders = new HashMap<>();
    private final Map<String, Integer> keyOrdinals = new HashMap<>();
    private int[] firstWithKey = new int[16];

    private Builder(int capacity) {
      if (capacity < 0) {
        throw new IllegalArgumentException("capacity must not be negative: " + capacity);
      }
      live = new boolean[capacity];
      links = new UnionFind(capacity);
      Arrays.fill(firstWithKey, -1);
    }

    /** The number of {@code language} (ISO code), or {@link #NO_LANGUAGE} when null. */
    public int language(String language) {
      return language == null
          ? NO_LANGUAGE
          : languageNumbers.computeIfAbsent(language, c -> languageNumbers.size());
    }

    /** Marks {@code statement} as one to group (a deleted document is not). */
    public Builder live(int statement) {
      live[statement] = true;
      return this;
    }

    /**
     * Links {@code statement} to every statement with the same key; keys are numbered by the caller
     * (any non-negative numbers, the same for the same key, such as index-wide ordinals).
     */
    public Builder statementKey(int statement, int keyOrdinal) {
      if (keyOrdinal < 0) {
        throw new IllegalArgumentException("key ordinal must not be negative: " + keyOrdinal);
      }
      if (keyOrdinal >= firstWithKey.length) {
        int old = firstWithKey.length;
        firstWithKey = Arrays.copyOf(firstWithKey, Math.max(keyOrdinal + 1, old * 2));
        Arrays.fill(firstWithKey, old, firstWithKey.length, -1);
      }
      if (firstWithKey[keyOrdinal] < 0) {
        firstWithKey[keyOrdinal] = statement;
      } else {
        links.union(firstWithKey[keyOrdinal], statement);
      }
      return this;
    }

    /**
     * Links {@code statement} to every statement with the same key, and reports the identifier the
     * key carries ({@link #keyIdentifier}) in {@code language} (from {@link #language}).
     */
    public Builder statementKey(int statement, String key, int language) {
      Objects.requireNonNull(key, "statement key");
      statementKey(statement, keyOrdinals.computeIfAbsent(key, k -> keyOrdinals.size()));
      String id = keyIdentifier(key);
      if (!id.isEmpty()) {
        identifier(statement, id, language);
      }
      return this;
    }

    /**
     * Reports that {@code statement}, in {@code language} (from {@link #language}), states {@code
     * identifier} (from {@link #keyIdentifier}, {@link #kremlinIdentifier} or {@link
     * #midOrNumberIdentifier}).
     */
    public Builder identifier(int statement, String identifier, int language) {
      Objects.requireNonNull(identifier, "identifier");
      holders.computeIfAbsent(identifier, k -> new IdHolders()).add(statement, language);
      return this;
    }

    /** The groups of the live statements. */
    public VersionGrouping build() {
      for (IdHolders h : holders.values()) {
        if (h.acrossLanguages) {
          for (int i = 1; i < h.size; i++) {
            links.union(h.statements[0], h.statements[i]);
          }
        }
      }
      int capacity = live.length;
      int[] groupOf = new int[capacity];
      int[] groupOfRoot = new int[capacity];
      Arrays.fill(groupOfRoot, -1);
      int groups = 0;
      for (int s = 0; s < capacity; s++) {
        if (!live[s]) {
          groupOf[s] = -1;
          continue;
        }
        int root = links.find(s);
        if (groupOfRoot[root] < 0) {
          groupOfRoot[root] = groups++;
        }
        groupOf[s] = groupOfRoot[root];
      }
      int[] start = new int[groups + 1];
      for (int g : groupOf) {
        if (g >= 0) {
          start[g + 1]++;
        }
      }
      for (int g = 0; g < groups; g++) {
        start[g + 1] += start[g];
      }
      int[] next = Arrays.copyOf(start, groups);
      int[] members = new int[start[groups]];
      for (int s = 0; s < capacity; s++) {
        if (groupOf[s] >= 0) {
          members[next[groupOf[s]]++] = s;
        }
      }
      return new VersionGrouping(groupOf, start, members);
    }
  }

  /** The statements that state one identifier, and whether they are in more than one language. */
  private static final class IdHolders {
    int[] statements = new int[2];
    int size;
    int language;
    boolean acrossLanguages;

    void add(int statement, int lang) {
      if (size == 0) {
        language = lang;
      } else if (lang == NO_LANGUAGE || lang != language) {
        acrossLanguages = true;
      }
      if (size == statements.length) {
        statements = Arrays.copyOf(statements, size * 2);
      }
      statements[size++] = statement;
    }
  }

  /** Union-find over statement numbers, with path halving and union by size. */
  private static final class UnionFind {
    private final int[] parent;
    private final int[] size;

    UnionFind(int n) {
      parent = new int[n];
      size = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
        size[i] = 1;
      }
    }

    int find(int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) {
        return;
      }
      if (size[ra] < size[rb]) {
        int t = ra;
        ra = rb;
        rb = t;
      }
      parent[rb] = ra;
      size[ra] += size[rb];
    }
  }
}
