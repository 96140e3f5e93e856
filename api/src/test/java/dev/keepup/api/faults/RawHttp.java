package dev.keepup.api.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, byte for byte as given: what a client library would refuse or
 * normalise (dot segments, invalid UTF-8, huge headers, lying headers) reaches the server as sent.
 * One request per connection.
 */
final class RawHttp {

  /** What came back: the status (-1 when the server closed without answering) and the head of the body. */
  record Reply(int status, String head) {}

  private static final int KEPT_BYTES = 2_048;
  private static final int READ_TIMEOUT_MS = 60_000;

  private RawHttp() {}

  static Reply send(int port, byte[] request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(READ_TIMEOUT_MS);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
      } catch (IOException closedWhileSending) {
        // the server may answer (413, 431) and close before reading a huge request: read what it said
      }
      return read(socket.getInputStream());
    }
  }

  private static Reply read(InputStream in) throws IOException {
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    byte[] buffer = new byte[8_192];
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        kept.write(buffer, 0, Math.min(n, Math.max(0, KEPT_BYTES - kept.size())));
      }
    } catch (java.net.SocketException reset) {
      // a reset after the answer: what was read counts
    }
    String text = kept.toString(StandardCharsets.ISO_8859_1);
    while (text.startsWith("HTTP/1.1 100 ") && text.contains("\r\n\r\n")) { // an interim answer: the final one follows
      text = text.substring(text.indexOf("\r\n\r\n") + 4);
    }
    if (!text.startsWith("HTTP/1.1 ") || text.length() < 12) {
      return new Reply(-1, text);
    }
    return new Reply(Integer.parseInt(text.substring(9, 12)), text);
  }
}
