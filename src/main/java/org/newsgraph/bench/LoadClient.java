package org.newsgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load generator, run in its own JVM: {@code CLIENTS} threads, each with its own keep-alive HTTP/1.1
 * connection, send {@code GET URL} (with {@code Accept}) back to back; after a warm-up, {@code ROUNDS} rounds of
 * {@code SECONDS} each. Writes one CSV line per round to {@code OUT}: requests, req/s, p50 ms, p99 ms, errors, size of
 * the last response in bytes.
 *
 * <p>Usage: {@code LoadClient URL ACCEPT CLIENTS WARMUP_SECONDS SECONDS ROUNDS OUT}
 */
public final class LoadClient {
  private LoadClient() {}

  public static void main(String[] args) throws Exception {
    URI url = URI.create(args[0]);
    String accept = args[1];
    int clients = Integer.parseInt(args[2]);
    double warmup = Double.parseDouble(args[3]);
    double seconds = Double.parseDouble(args[4]);
    int rounds = Integer.parseInt(args[5]);
    Path out = Path.of(args[6]);
    List<HttpClient> http = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      http.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build());
    }
    HttpRequest req = HttpRequest.newBuilder(url).header("Accept", accept).timeout(Duration.ofSeconds(30)).GET().build();
    round(http, req, warmup);
    StringBuilder csv = new StringBuilder("requests,rps,p50_ms,p99_ms,errors,bytes\n");
    for (int r = 0; r < rounds; r++) {
      csv.append(round(http, req, seconds)).append('\n');
    }
    Files.writeString(out, csv, StandardCharsets.UTF_8);
  }

  private static String round(List<HttpClient> http, HttpRequest req, double seconds) throws InterruptedException {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long[][] latencies = new long[http.size()][];
    int[] counts = new int[http.size()];
    AtomicLong errors = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int i = 0; i < http.size(); i++) {
      int me = i;
      Thread t = new Thread(() -> {
        long[] lat = new long[1 << 14];
        int n = 0;
        while (System.nanoTime() < deadline) {
          long s = System.nanoTime();
          try {
            HttpResponse<byte[]> resp = http.get(me).send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (resp.statusCode() != 200) {
              errors.incrementAndGet();
            }
            bytes.set(resp.body().length);
          } catch (IOException e) {
            errors.incrementAndGet();
          } catch (InterruptedException e) {
            return;
          }
          if (n == lat.length) {
            lat = Arrays.copyOf(lat, n * 2);
          }
          lat[n++] = System.nanoTime() - s;
        }
        latencies[me] = lat;
        counts[me] = n;
      });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - t0) / 1e9;
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int k = 0;
    for (int i = 0; i < latencies.length; i++) {
      System.arraycopy(latencies[i], 0, all, k, counts[i]);
      k += counts[i];
    }
    return String.format(Locale.ROOT, "%d,%.1f,%.3f,%.3f,%d,%d", total, total / elapsed,
        Samples.percentile(all, total, 50) / 1e6, Samples.percentile(all, total, 99) / 1e6, errors.get(), bytes.get());
  }
}
