package dev.keepup.crawler.fetch;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import okio.Buffer;

/** Builds gzip bombs for tests: small on the wire, huge when inflated. */
public final class GzipBomb {

  private GzipBomb() {}

  /** A gzip stream of {@code mebibytes} MiB of zeros, about 1 KiB of it per MiB. */
  public static Buffer ofZeros(int mebibytes) {
    byte[] zeros = new byte[1 << 20];
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    deflater.setInput(zeros);
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    byte[] chunk = new byte[64 * 1024];
    int n;
    while ((n = deflater.deflate(chunk, 0, chunk.length, Deflater.SYNC_FLUSH)) > 0) {
      block.write(chunk, 0, n);
    }
    deflater.end();
    CRC32 crc = new CRC32();
    Buffer gzip = new Buffer().write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
    for (int i = 0; i < mebibytes; i++) {
      gzip.write(block.toByteArray());
      crc.update(zeros);
    }
    gzip.write(new byte[] {3, 0}); // a final, empty fixed-Huffman block
    gzip.writeIntLe((int) crc.getValue());
    gzip.writeIntLe((int) ((long) mebibytes << 20));
    return gzip;
  }
}
