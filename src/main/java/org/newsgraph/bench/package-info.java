/**
 * {@code newsgraph bench}: measures start-up, extraction throughput, serving latency and scale, each figure
 * a median over repeated runs with its minimum and maximum, each comparison a ratio measured in the same run,
 * and writes {@code report.md}, {@code report.csv} and a log–log chart. Servers and load generators run in
 * child JVMs (launched with the parent's Java and the same flags), so that the measuring process does not
 * share a heap or cores' worth of JIT with what it measures; short JFR recordings name each figure's bottleneck.
 * The small {@code main} classes here ({@link org.newsgraph.bench.BareFuseki}, {@link org.newsgraph.bench.LoadClient},
 * {@link org.newsgraph.bench.ScaleBuild}) are those children; they write results to files, never to stdout.
 */
package org.newsgraph.bench;
