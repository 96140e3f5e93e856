package dev.keepup.api.ingest;

/**
 * What an ingest did: papers received, new in the graph, moved to a newer version, already known,
 * and entries of the input that could not be read as papers.
 */
public record IngestReport(int received, int created, int updated, int unchanged, int skipped) {

  public static final IngestReport EMPTY = new IngestReport(0, 0, 0, 0, 0);

  public IngestReport plus(IngestReport o) {
    return new IngestReport(
        received + o.received, created + o.created, updated + o.updated, unchanged + o.unchanged, skipped + o.skipped);
  }

  public IngestReport withSkipped(int more) {
    return new IngestReport(received, created, updated, unchanged, skipped + more);
  }
}
