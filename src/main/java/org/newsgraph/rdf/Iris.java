package org.newsgraph.rdf;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.newsgraph.extract.Entity;

/**
 * The one place where newsgraph mints IRIs. Deterministic: the same input gives the same IRI. Entities by
 * type and normalised name; everything else by a hash of what identifies it within its article.
 */
public final class Iris {
  public static final String DEFAULT_BASE = "https://w3id.org/newsgraph/id/";

  /** Entity IRIs minted before: an article names the same entities many times, and articles the same ones. */
  private static final int REMEMBERED = 50_000;

  private final String base;
  private final Map<Entity, String> entities = new ConcurrentHashMap<>();

  private Iris(String base) {
    this.base = base;
  }

  /** Checks that {@code base} is an absolute IRI ending in '/' or '#'. */
  public static Iris of(String base) {
    checkArgument(base.endsWith("/") || base.endsWith("#"), "IRI base must end with '/' or '#': %s", base);
    try {
      IRIx iri = IRIx.create(base);
      checkArgument(iri.isAbsolute(), "IRI base must be absolute: %s", base);
    } catch (IRIException e) {
      throw new IllegalArgumentException("bad IRI base: " + base + ": " + e.getMessage(), e);
    }
    return new Iris(base);
  }

  public String base() {
    return base;
  }

  public String entity(Entity e) {
    String iri = entities.get(e);
    if (iri == null) {
      iri = base + "entity/" + e.type().slug() + "/" + slug(e.canonical());
      if (entities.size() >= REMEMBERED) {
        entities.clear();
      }
      entities.put(e, iri);
    }
    return iri;
  }

  public String article(String contentHash) {
    return base + "article/" + contentHash.substring(0, Math.min(12, contentHash.length()));
  }

  public String claim(String... parts) {
    return hashed("claim/", 16, parts);
  }

  public String event(String... parts) {
    return hashed("event/", 16, parts);
  }

  public String span(String... parts) {
    return hashed("span/", 16, parts);
  }

  public String mention(String... parts) {
    return hashed("mention/", 16, parts);
  }

  public String quantity(String... parts) {
    return hashed("quantity/", 16, parts);
  }

  public String time(String... parts) {
    return hashed("time/", 16, parts);
  }

  public String leg(String... parts) {
    return hashed("leg/", 16, parts);
  }

  public String graph(String name) {
    checkArgument(isGraphName(name), "graph name: %s", name);
    return base + "graph/" + name;
  }

  /** {@code [a-z]+}, without a matcher per call (a graph is named per entity and per mention). */
  private static boolean isGraphName(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) < 'a' || name.charAt(i) > 'z') {
        return false;
      }
    }
    return !name.isEmpty();
  }

  private String hashed(String kind, int length, String... parts) {
    String joined = String.join("\u001f", parts);
    return base + kind + sha256Hex(joined, length);
  }

  /** Lower case ASCII letters and digits joined by single hyphens: "Kim Jong-un" → "kim-jong-un". */
  public static String slug(String name) {
    String lower = (isAscii(name) ? name : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll(""))
        .toLowerCase(Locale.ROOT);
    StringBuilder s = new StringBuilder(lower.length());
    boolean gap = false; // other characters since the last letter or digit: one hyphen, unless at either end
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        if (gap && s.length() > 0) {
          s.append('-');
        }
        s.append(c);
        gap = false;
      } else if (c != '’' && c != '\'') { // apostrophes vanish: "Korea's" → "koreas"
        gap = true;
      }
    }
    return s.length() == 0 ? "x" + sha256Hex(name, 8) : s.toString();
  }

  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256", e);
    }
  });
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /**
   * The first {@code length} lower-case hex digits of the SHA-256 of {@code text} in UTF-8: Guava's {@code
   * Hashing.sha256().hashString(text, UTF_8).toString().substring(0, length)}, without a hasher and 64 digits per call.
   */
  static String sha256Hex(String text, int length) {
    byte[] digest = SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8));
    char[] out = new char[length];
    for (int k = 0; k < length; k++) {
      int b = digest[k / 2] & 0xff;
      out[k] = HEX[k % 2 == 0 ? b >>> 4 : b & 0xf];
    }
    return new String(out);
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}");

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
