package org.newsgraph.link;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newsgraph.diag.Diagnostic;

/**
 * The two calls of the Wikidata action API the proposer needs: {@code wbsearchentities} (items by English
 * label or alias) and {@code wbgetentities} (labels and claims of up to 50 items), through a {@link PoliteHttp}.
 */
public final class WikidataApi {
  /** The public API; {@code --endpoint} replaces it (tests use a local replay server). */
  public static final String DEFAULT_ENDPOINT = "https://www.wikidata.org/w/api.php";
  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
  private static final int SEARCH_LIMIT = 5;

  private final String endpoint;
  private final PoliteHttp http;

  WikidataApi(String endpoint, PoliteHttp http) {
    URI uri = URI.create(endpoint);
    checkArgument(uri.isAbsolute() && (uri.getScheme().equals("http") || uri.getScheme().equals("https")),
        "endpoint must be an http(s) URL: %s", endpoint);
    this.endpoint = endpoint;
    this.http = http;
  }

  public static WikidataApi create(String endpoint, ClientSettings settings) {
    return new WikidataApi(endpoint, PoliteHttp.create(settings));
  }

  /** Requests sent so far (cache hits are not requests). */
  public int requests() {
    return http.requests();
  }

  /** Items whose English label or alias matches {@code text}, best first, at most 5. */
  public ImmutableList<SearchHit> search(String text) {
    String url = url(ImmutableMap.of("action", "wbsearchentities", "search", text, "language", "en",
        "uselang", "en", "type", "item", "limit", Integer.toString(SEARCH_LIMIT), "format", "json"));
    JsonObject body = parse(url, http.get(url, WikidataApi::isSuccess));
    ImmutableList.Builder<SearchHit> hits = ImmutableList.builder();
    JsonValue search = body.get("search");
    if (search == null || !search.isArray()) {
      throw new LinkException(Diagnostic.error(url, "wbsearchentities: no 'search' array in the response"));
    }
    for (JsonValue v : search.getAsArray()) {
      JsonObject o = v.getAsObject();
      String id = string(o, "id");
      if (!QID.matcher(id).matches()) {
        continue; // lexemes or properties: not items
      }
      JsonObject match = o.hasKey("match") ? o.getObj("match") : new JsonObject();
      hits.add(new SearchHit(id, string(o, "label"), string(o, "description"), string(match, "type"), string(match, "text")));
    }
    return hits.build();
  }

  /** Labels and item-valued claims of the given items (at most 50, the API's limit), by id. */
  public ImmutableMap<String, WikidataItem> entities(Collection<String> ids) {
    checkArgument(!ids.isEmpty() && ids.size() <= 50, "1 to 50 ids: %s", ids.size());
    ids.forEach(id -> checkArgument(QID.matcher(id).matches(), "not an item id: %s", id));
    String url = url(ImmutableMap.of("action", "wbgetentities", "ids", String.join("|", ids),
        "props", "labels|claims", "languages", "en", "format", "json"));
    JsonObject body = parse(url, http.get(url, WikidataApi::isSuccess));
    if (!body.hasKey("entities")) {
      throw new LinkException(Diagnostic.error(url, "wbgetentities: no 'entities' object in the response"));
    }
    ImmutableMap.Builder<String, WikidataItem> out = ImmutableMap.builder();
    for (Map.Entry<String, JsonValue> e : body.getObj("entities").entrySet()) {
      JsonObject item = e.getValue().getAsObject();
      if (item.hasKey("missing")) {
        continue;
      }
      out.put(e.getKey(), new WikidataItem(e.getKey(), englishLabel(item), itemClaims(item)));
    }
    return out.buildKeepingLast();
  }

  private static String englishLabel(JsonObject item) {
    if (item.hasKey("labels") && item.getObj("labels").hasKey("en")) {
      return string(item.getObj("labels").getObj("en"), "value");
    }
    return "";
  }

  private static ImmutableListMultimap<String, String> itemClaims(JsonObject item) {
    ImmutableListMultimap.Builder<String, String> claims = ImmutableListMultimap.builder();
    if (!item.hasKey("claims")) {
      return claims.build();
    }
    for (Map.Entry<String, JsonValue> p : item.getObj("claims").entrySet()) {
      for (JsonValue statement : p.getValue().getAsArray()) {
        JsonObject s = statement.getAsObject();
        if ("deprecated".equals(string(s, "rank")) || !s.hasKey("mainsnak")) {
          continue;
        }
        JsonObject snak = s.getObj("mainsnak");
        if (!"value".equals(string(snak, "snaktype")) || !snak.hasKey("datavalue")) {
          continue;
        }
        JsonValue value = snak.getObj("datavalue").get("value");
        if (value != null && value.isObject() && value.getAsObject().hasKey("id")) {
          claims.put(p.getKey(), string(value.getAsObject(), "id"));
        }
      }
    }
    return claims.build();
  }

  private static boolean isSuccess(String body) {
    try {
      return !JSON.parse(body).hasKey("error");
    } catch (JsonException e) {
      return false;
    }
  }

  private static JsonObject parse(String url, String body) {
    JsonObject o;
    try {
      o = JSON.parse(body);
    } catch (JsonException e) {
      throw new LinkException(Diagnostic.error(url, "not a JSON response: " + e.getMessage()), e);
    }
    if (o.hasKey("error")) {
      JsonObject error = o.getObj("error");
      throw new LinkException(Diagnostic.error(url, "API error " + string(error, "code") + ": " + string(error, "info")));
    }
    return o;
  }

  private static String string(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v != null && v.isString() ? v.getAsString().value() : "";
  }

  private String url(Map<String, String> params) {
    StringBuilder sb = new StringBuilder(endpoint).append(endpoint.contains("?") ? '&' : '?');
    params.forEach((k, v) -> sb.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
    sb.setLength(sb.length() - 1);
    return sb.toString();
  }
}
