package dev.keepup.crawler.fetch;

import java.io.IOException;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/** Reads a response body, decompressed, but never more than a cap: memory stays bounded. */
final class BoundedBody {

  private BoundedBody() {}

  /** The whole body; {@link TooLargeException} as soon as it passes {@code cap} bytes. */
  static byte[] read(ResponseBody body, long cap) throws IOException {
    if (body.contentLength() > cap) {
      throw new TooLargeException(body.contentLength(), cap);
    }
    BufferedSource source = body.source();
    Buffer buffer = new Buffer();
    while (source.read(buffer, 64 * 1024) != -1) {
      if (buffer.size() > cap) {
        throw new TooLargeException(buffer.size(), cap);
      }
    }
    return buffer.readByteArray();
  }

  /** The first {@code cap} bytes of the body at most, or none when it cannot be read. */
  static byte[] head(ResponseBody body, long cap) {
    try {
      BufferedSource source = body.source();
      Buffer buffer = new Buffer();
      while (buffer.size() < cap && source.read(buffer, Math.min(8192, cap - buffer.size())) != -1) {
        // keep reading until the cap or the end
      }
      return buffer.readByteArray();
    } catch (IOException e) {
      return new byte[0];
    }
  }

  /** A body that passed the cap. */
  static final class TooLargeException extends IOException {
    TooLargeException(long seen, long cap) {
      super("body larger than " + cap + " bytes (" + seen + " read)");
    }
  }
}
