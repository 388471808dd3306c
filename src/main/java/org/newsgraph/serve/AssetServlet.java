package org.newsgraph.serve;

import com.google.common.collect.ImmutableMap;
import com.google.common.io.Resources;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Properties;

/**
 * Static files of the pages, from the jar, under {@code /assets/}: the stylesheet and the page script of
 * this package, and cytoscape.js from its WebJar ({@code org.webjars.npm:cytoscape}, a Maven Central
 * dependency, so nothing is fetched at build or run time from anywhere else). Only the files named here
 * are served; each is read once, at start-up.
 */
final class AssetServlet extends HttpServlet {
  static final String PATH = "/assets/";
  /** The name of cytoscape.js under {@link #PATH}. */
  static final String CYTOSCAPE = "cytoscape.min.js";
  private static final String WEBJAR_POM =
      "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";

  private record Asset(String contentType, byte[] bytes) {}

  private final ImmutableMap<String, Asset> assets;

  AssetServlet() {
    String own = "org/newsgraph/serve/assets/";
    this.assets = ImmutableMap.of(
        "newsgraph.css", read(own + "newsgraph.css", "text/css"),
        "cytoscape-container.css", read(own + "cytoscape-container.css", "text/css"),
        "neighbourhood.js", read(own + "neighbourhood.js", "text/javascript"),
        CYTOSCAPE, read("META-INF/resources/webjars/cytoscape/" + cytoscapeVersion()
            + "/dist/cytoscape.min.js", "text/javascript"));
  }

  /** The version of the bundled cytoscape.js, from the WebJar's Maven metadata. */
  static String cytoscapeVersion() {
    Properties p = new Properties();
    try (InputStream in = Resources.getResource(WEBJAR_POM).openStream()) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + WEBJAR_POM, e);
    }
    return p.getProperty("version");
  }

  private static Asset read(String resource, String contentType) {
    URL url = Resources.getResource(resource);
    try {
      return new Asset(contentType, Resources.toByteArray(url));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    Asset asset = path.startsWith(PATH) ? assets.get(path.substring(PATH.length())) : null;
    if (asset == null) {
      RdfResponses.plain(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: " + path);
      return;
    }
    resp.setStatus(HttpServletResponse.SC_OK);
    resp.setContentType(asset.contentType());
    resp.setCharacterEncoding("UTF-8");
    resp.setHeader("Cache-Control", "public, max-age=3600");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setContentLength(asset.bytes().length);
    resp.getOutputStream().write(asset.bytes());
  }
}
