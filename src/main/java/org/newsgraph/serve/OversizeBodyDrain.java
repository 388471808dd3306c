package org.newsgraph.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers a body declared larger than the limit with 413 after reading it, when it is at most
 * {@value #DRAIN_FACTOR} times the limit and the client did not ask for {@code Expect: 100-continue}.
 *
 * <p>Without this, Jetty answers 413 and closes the connection with the body still arriving; the client
 * then often gets a connection reset instead of the answer (HTTP/1.1 clients write the whole body before
 * they read). Reading a bounded body costs little and makes the refusal reach the client. Larger bodies,
 * and clients that wait for {@code 100 Continue}, are refused at once without reading.
 */
final class OversizeBodyDrain extends Handler.Wrapper {
  static final long DRAIN_FACTOR = 16;

  private final long limit;

  OversizeBodyDrain(long limit) {
    this.limit = limit;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    long length = request.getLength();
    if (length <= limit || length > limit * DRAIN_FACTOR
        || request.getHeaders().contains(HttpHeader.EXPECT, HttpHeaderValue.CONTINUE.asString())) {
      return super.handle(request, response, callback);
    }
    Content.Source.consumeAll(request);
    response.setStatus(413);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
    response.write(true, ByteBuffer.wrap(("Request body too large: limit " + limit + " bytes\n")
        .getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }
}
