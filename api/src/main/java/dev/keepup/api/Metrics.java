package dev.keepup.api;

import dev.keepup.api.ingest.IngestReport;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.LongSupplier;

/**
 * The process's metrics in Prometheus form: HTTP requests and latencies, ingest outcomes, and the
 * sizes of the index and the graph. One registry per application, so tests never share counters.
 */
public final class Metrics {

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Counter requests =
      Counter.builder().name("keepup_http_requests_total").help("HTTP requests by method, route and status.")
          .labelNames("method", "route", "status").register(registry);
  private final Histogram latency =
      Histogram.builder().name("keepup_http_request_duration_seconds").help("HTTP request latency by route.")
          .labelNames("route").classicUpperBounds(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5)
          .register(registry);
  private final Counter ingested =
      Counter.builder().name("keepup_ingested_papers_total").help("Papers ingested, by outcome.")
          .labelNames("outcome").register(registry);

  /** Reports the sizes of the stores, read when scraped. */
  public void gauges(LongSupplier indexedPapers, LongSupplier graphPapers) {
    GaugeWithCallback.builder().name("keepup_index_papers").help("Papers in the search index.")
        .callback(cb -> cb.call(indexedPapers.getAsLong())).register(registry);
    GaugeWithCallback.builder().name("keepup_graph_papers").help("Papers in the graph.")
        .callback(cb -> cb.call(graphPapers.getAsLong())).register(registry);
  }

  public void request(String method, String route, int status, double seconds) {
    requests.labelValues(method, route, Integer.toString(status)).inc();
    latency.labelValues(route).observe(seconds);
  }

  public void ingested(IngestReport report) {
    ingested.labelValues("created").inc(report.created());
    ingested.labelValues("updated").inc(report.updated());
    ingested.labelValues("unchanged").inc(report.unchanged());
    ingested.labelValues("skipped").inc(report.skipped());
  }

  /** Registers another metric (the crawler's, the digests') in this registry. */
  public PrometheusRegistry registry() {
    return registry;
  }

  public String contentType() {
    return PrometheusTextFormatWriter.create().getContentType();
  }

  public void write(OutputStream out) throws IOException {
    PrometheusTextFormatWriter.create().write(out, registry.scrape());
  }
}
