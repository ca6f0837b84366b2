package io.verbatim.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded mutations of input bytes for the fuzz tests: bit flips, interesting bytes, tokens of the
 * format's syntax, deletions, duplications, splices with another seed, truncation, long repetitions
 * (deep nesting, huge lines), changed numbers and odd Unicode. The same random state gives the same
 * mutations, so a run is reproduced from its seed.
 */
public final class Mutator {
  private static final byte[] INTERESTING = {
    0,
    -1,
    0x7f,
    '<',
    '>',
    '"',
    '\'',
    ',',
    ';',
    '\n',
    '\r',
    '\t',
    ' ',
    '{',
    '}',
    '[',
    ']',
    ':',
    '\\',
    '&',
    '#',
    '/',
    '*',
    '(',
    ')',
    '-',
    '.',
    (byte) 0xC3,
    (byte) 0xE2,
    (byte) 0xF0,
    (byte) 0x80
  };

  private static final List<String> ODD_TEXT =
      List.of(
          "\u00a0",
          "\u2028",
          "\u200b",
          "\ufeff",
          "\u0301",
          "\u202e",
          "\ud83c\udff3",
          "\u0000",
          "ё",
          "Ё",
          "—",
          "…",
          "«",
          "»",
          "\u00ad",
          "\r\n",
          "\n\n\n",
          " ".repeat(50));

  private static final List<String> NUMBERS =
      List.of(
          "0",
          "00",
          "-1",
          "31",
          "32",
          "13",
          "29",
          "24",
          "60",
          "99",
          "1900",
          "1969",
          "2038",
          "9999",
          "10000",
          "2147483647",
          "2147483648",
          "99999999999999999999",
          "1e999",
          "-0");

  private final SplittableRandom random;
  private final List<String> tokens;

  /**
   * @param random the random state
   * @param tokens pieces of the format's syntax to insert (e.g. {@code <div>}, {@code "",})
   */
  public Mutator(SplittableRandom random, List<String> tokens) {
    this.random = random;
    this.tokens = tokens;
  }

  /** One to four stacked mutations of {@code input}, splicing with {@code other} at times. */
  public byte[] mutate(byte[] input, byte[] other) {
    byte[] b = input;
    int n = 1 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      b = once(b, other);
    }
    return b;
  }

  private byte[] once(byte[] b, byte[] other) {
    int at = b.length == 0 ? 0 : random.nextInt(b.length + 1);
    return switch (random.nextInt(11)) {
      case 0 -> {
        if (b.length == 0) {
          yield insert(b, 0, bytes(pick(tokens)));
        }
        byte[] c = b.clone();
        int i = random.nextInt(c.length);
        c[i] ^= (byte) (1 << random.nextInt(8));
        yield c;
      }
      case 1 -> {
        if (b.length == 0) {
          yield new byte[] {INTERESTING[random.nextInt(INTERESTING.length)]};
        }
        byte[] c = b.clone();
        c[random.nextInt(c.length)] = INTERESTING[random.nextInt(INTERESTING.length)];
        yield c;
      }
      case 2, 3 -> insert(b, at, bytes(pick(tokens)));
      case 4 -> delete(b, at, random.nextInt(1 + Math.min(b.length - at, 200)));
      case 5 -> {
        int len = random.nextInt(1 + Math.min(b.length - at, 300));
        yield insert(b, random.nextInt(b.length + 1), slice(b, at, len));
      }
      case 6 -> {
        if (other.length == 0) {
          yield b;
        }
        int from = random.nextInt(other.length);
        int len = random.nextInt(1 + Math.min(other.length - from, 2000));
        yield insert(b, at, slice(other, from, len));
      }
      case 7 -> slice(b, 0, at);
      case 8 -> {
        String piece = random.nextBoolean() ? pick(tokens) : new String(slice(b, at, 8));
        int times = random.nextBoolean() ? 2 + random.nextInt(50) : 1000 + random.nextInt(9000);
        yield insert(b, at, bytes(piece.repeat(times)));
      }
      case 9 -> replaceNumber(b);
      default -> insert(b, at, bytes(pick(ODD_TEXT)));
    };
  }

  /** Replaces a run of digits with a surprising number, or inserts one. */
  private byte[] replaceNumber(byte[] b) {
    int start = b.length == 0 ? 0 : random.nextInt(b.length);
    while (start < b.length && !Character.isDigit(b[start])) {
      start++;
    }
    int end = start;
    while (end < b.length && Character.isDigit(b[end])) {
      end++;
    }
    byte[] number = bytes(pick(NUMBERS));
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + number.length);
    out.write(b, 0, start);
    out.writeBytes(number);
    out.write(b, end, b.length - end);
    return out.toByteArray();
  }

  private String pick(List<String> list) {
    return list.isEmpty() ? "" : list.get(random.nextInt(list.size()));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] insert(byte[] b, int at, byte[] piece) {
    byte[] c = new byte[b.length + piece.length];
    System.arraycopy(b, 0, c, 0, at);
    System.arraycopy(piece, 0, c, at, piece.length);
    System.arraycopy(b, at, c, at + piece.length, b.length - at);
    return c;
  }

  private static byte[] delete(byte[] b, int at, int len) {
    byte[] c = new byte[b.length - len];
    System.arraycopy(b, 0, c, 0, at);
    System.arraycopy(b, at + len, c, at, b.length - at - len);
    return c;
  }

  private static byte[] slice(byte[] b, int at, int len) {
    int end = Math.min(b.length, at + len);
    byte[] c = new byte[Math.max(0, end - at)];
    System.arraycopy(b, at, c, 0, c.length);
    return c;
  }
}
