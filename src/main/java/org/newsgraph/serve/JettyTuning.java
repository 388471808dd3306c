package org.newsgraph.serve;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * Jetty settings applied between Fuseki's {@code build()} and {@code start()}: the bind address, a
 * 32 KiB response output buffer (Fuseki 5.6.0 asks for 5 MiB per response, which Jetty does not pool:
 * apache/jena#4084), a request-header size that fits {@code maxUrlLength}, and a request body limit that
 * also covers bodies sent without a Content-Length, behind a handler that reads a moderately oversized
 * body before refusing it so that the 413 reaches the client ({@link OversizeBodyDrain}).
 */
final class JettyTuning {
  static final int OUTPUT_BUFFER_BYTES = 32 * 1024;

  private JettyTuning() {}

  static void apply(Server jetty, ServerConfig config) {
    for (Connector connector : jetty.getConnectors()) {
      if (connector instanceof ServerConnector network) {
        network.setHost(config.bindAddress());
      }
      HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
      if (http != null) {
        HttpConfiguration httpConfig = http.getHttpConfiguration();
        httpConfig.setOutputBufferSize(OUTPUT_BUFFER_BYTES);
        httpConfig.setRequestHeaderSize(Math.max(httpConfig.getRequestHeaderSize(),
            config.maxUrlLength() + 4096));
      }
    }
    Handler handler = jetty.getHandler();
    SizeLimitHandler limit = new SizeLimitHandler(config.maxBodyBytes(), -1);
    OversizeBodyDrain drain = new OversizeBodyDrain(config.maxBodyBytes());
    jetty.setHandler(drain);
    drain.setHandler(limit);
    limit.setHandler(handler);
  }

  /** Closes the listening sockets so that no new request arrives while in-flight ones finish. */
  static void stopAccepting(Server jetty) {
    for (Connector connector : jetty.getConnectors()) {
      if (connector instanceof NetworkConnector network) {
        network.close();
      }
    }
  }
}
