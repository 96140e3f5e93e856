package dev.keepup.api.faults;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Malformed and oversized HTTP requests for one endpoint, drawn from a seeded generator: hostile
 * path parameters (dot segments, encoded dots and slashes, invalid UTF-8, NUL, very long), bad query
 * parameters, broken and huge JSON bodies, odd encodings, huge headers and wrong methods.
 */
final class HostileRequests {

  /** An endpoint as openapi.json describes it. */
  record Endpoint(String method, String path, List<String> queryParameters) {}

  /** One request: a line to report it by, and its bytes. */
  record Hostile(String description, byte[] bytes) {}

  private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO"};
  private static final String[] VALUES = {
    "", " ", "..", "%2e%2e", "%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "../../../../etc/passwd", "..%2f..%2fpom.xml",
    "%00", "%ff%fe", "%c3%28", "%e2%82", "%", "%zz", "%%", "a%20b", "1605.08386", "1605.08386v1", "1605.08386v0",
    "1605.08386v99999999999", "astro-ph/0601001", "-1", "0", "2147483648", "99999999999999999999", "1e309", "NaN",
    "true", "null", "[]", "{}", "\"", "'", "<script>alert(1)</script>", "title:(unclosed", "*:*", "a AND", "\"unclosed",
    "year:[2020 TO", "date:2024-13-45", "researcher:", "researcher:%00", "topic:", "skill:x", "paper:1605.08386",
    "0000-00-00", "2024-02-30", "P7D", "-P1D", "%C0%AE%C0%AE", "%u002e", "ñ", "%F0%9F%98%80", "%ED%A0%80",
    "diffusion", "deep+learning", "x,y,,z", "categories,years,nope", "relevance", "fresh", "sideways",
    "author", "topic", "skill", "feed.atom", "nope.atom", ".atom", "a.atom.atom", "..%2f.atom",
  };
  private static final String[] CONTENT_TYPES = {
    "application/json", "application/json; charset=utf-8", "application/json; charset=ebcdic",
    "application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x", "application/xml",
    "garbage", "",
  };

  private final Random random;
  private final String token;
  private final int maxBodyBytes;

  HostileRequests(Random random, String token, int maxBodyBytes) {
    this.random = random;
    this.token = token;
    this.maxBodyBytes = maxBodyBytes;
  }

  Hostile next(Endpoint endpoint, int port) {
    String method = random.nextInt(10) < 7 ? endpoint.method().toUpperCase(java.util.Locale.ROOT) : pick(METHODS);
    String target = pathTricks(fill(endpoint.path())) + query(endpoint.queryParameters());
    byte[] body = method.equals("GET") && random.nextInt(4) > 0 ? new byte[0] : body();
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    write(request, method + " ");
    request.writeBytes(rawBytes(target));
    write(request, " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n");
    if (random.nextBoolean()) {
      write(request, "Authorization: Bearer " + (random.nextInt(5) == 0 ? "wrong" : token) + "\r\n");
    }
    String contentType = pick(CONTENT_TYPES);
    if (!contentType.isEmpty()) {
      write(request, "Content-Type: " + contentType + "\r\n");
    }
    String extra = headers();
    write(request, extra);
    write(request, "Content-Length: " + body.length + "\r\n\r\n");
    request.writeBytes(body);
    String description = method + " " + abbreviate(target) + " [" + extra.replace("\r\n", "; ").length() + " header chars, "
        + contentType + ", " + body.length + " body bytes: " + abbreviate(new String(body, StandardCharsets.ISO_8859_1)) + "]";
    return new Hostile(description, request.toByteArray());
  }

  private String fill(String template) {
    StringBuilder path = new StringBuilder();
    int at = 0;
    for (int open; (open = template.indexOf('{', at)) >= 0; ) {
      int close = template.indexOf('}', open);
      path.append(template, at, open).append(hostileValue(true));
      at = close + 1;
    }
    return path.append(template.substring(at)).toString();
  }

  private String pathTricks(String path) {
    return switch (random.nextInt(12)) {
      case 0 -> "/api/../" + path.substring(1);
      case 1 -> "/%2e%2e/%2e%2e" + path;
      case 2 -> path + "/../../../etc/passwd";
      case 3 -> "//" + path.substring(1);
      case 4 -> path.replace("/", "/./");
      case 5 -> path + "%2f..%2f..%2f";
      case 6 -> path + "/";
      case 7 -> path.toUpperCase(java.util.Locale.ROOT);
      default -> path;
    };
  }

  private String query(List<String> declared) {
    StringBuilder q = new StringBuilder();
    for (String name : declared) {
      if (random.nextInt(10) < 6) {
        int times = random.nextInt(8) == 0 ? 2 + random.nextInt(3) : 1;
        for (int i = 0; i < times; i++) {
          q.append(q.isEmpty() ? '?' : '&').append(name).append('=').append(hostileValue(false));
        }
      }
    }
    switch (random.nextInt(10)) {
      case 0 -> q.append(q.isEmpty() ? '?' : '&').append("unknown=").append(hostileValue(false));
      case 1 -> q.append(q.isEmpty() ? '?' : '&').append("&&==&=x&").append(hostileValue(false));
      case 2 -> q.append(q.isEmpty() ? "?" : "&").append("q=").append("a".repeat(1 + random.nextInt(20_000)));
      default -> { }
    }
    return q.toString();
  }

  private String hostileValue(boolean inPath) {
    return switch (random.nextInt(10)) {
      case 0 -> "x".repeat(1 + random.nextInt(inPath ? 5_000 : 3_000));
      case 1 -> pick(VALUES) + pick(VALUES);
      case 2 -> "\u0001RAW\u00c3\u0028"; // control and invalid UTF-8 bytes, unescaped
      default -> pick(VALUES);
    };
  }

  private String headers() {
    StringBuilder h = new StringBuilder();
    switch (random.nextInt(14)) {
      case 0 -> h.append("X-Huge: ").append("h".repeat(8_000 + random.nextInt(60_000))).append("\r\n");
      case 1 -> h.append("Content-Encoding: gzip\r\n");
      case 2 -> h.append("Accept: */*; q=nonsense\r\nAccept-Charset: utf-7\r\n");
      case 3 -> {
        for (int i = 0; i < 300; i++) {
          h.append("X-Many-").append(i).append(": v\r\n");
        }
      }
      case 4 -> h.append("Cookie: ").append("c=1; ".repeat(2_000)).append("\r\n");
      case 5 -> h.append("Transfer-Encoding: chunked, identity\r\n");
      case 6 -> h.append("Expect: 100-continue\r\n");
      case 7 -> h.append("Range: bytes=99999999-1\r\n");
      default -> { }
    }
    return h.toString();
  }

  private byte[] body() {
    return switch (random.nextInt(14)) {
      case 0 -> new byte[0];
      case 1 -> "{\"name\": \"x\", \"query\": ".getBytes(StandardCharsets.UTF_8); // cut short
      case 2 -> ("[".repeat(50_000) + "]".repeat(50_000)).getBytes(StandardCharsets.UTF_8); // deep nesting
      case 3 -> new byte[maxBodyBytes + 1 + random.nextInt(maxBodyBytes)]; // over the limit
      case 4 -> new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xc3, (byte) 0x28, (byte) 0xff, '"', '}'};
      case 5 -> "null".getBytes(StandardCharsets.UTF_8);
      case 6 -> "[1, 2, 3]".getBytes(StandardCharsets.UTF_8);
      case 7 -> "name=x&query=y".getBytes(StandardCharsets.UTF_8);
      case 8 -> ("{\"kind\": " + jsonValue() + ", \"name\": " + jsonValue() + "}").getBytes(StandardCharsets.UTF_8);
      default -> subscription().getBytes(StandardCharsets.UTF_8);
    };
  }

  /** A subscription body with some fields of the wrong type, out of range, or strange. */
  private String subscription() {
    return "{\"name\": " + jsonValue() + ", \"query\": " + jsonValue() + ", \"topics\": " + jsonValue()
        + ", \"categories\": " + jsonValue() + ", \"cadence\": " + jsonValue() + ", \"zone\": " + jsonValue()
        + ", \"size\": " + jsonValue() + ", \"channels\": " + jsonValue() + ", \"watermark\": " + jsonValue() + "}";
  }

  private String jsonValue() {
    String[] values = {
      "null", "\"\"", "\"fuzz-sub\"", "\"" + "n".repeat(10_000) + "\"", "-1", "0", "1000000", "1e999", "true",
      "[]", "[null]", "[\"email:nobody\"]", "[\"webhook:http://127.0.0.1:1/hook\"]", "[\"webhook:file:///etc/passwd\"]",
      "[\"sms:123\"]", "{}", "\"weekly\"", "\"0 0 * * * *\"", "\"* * * * * * * *\"", "\"Mars/Olympus\"",
      "\"Europe/Paris\"", "\"2026-13-01T00:00:00Z\"", "\"title:(\"", "[\"" + "t".repeat(300) + "\"]", "\"\\ud800\"",
      "\"a/../../b\"", "\"%2e%2e\"", "[1, {\"a\": []}]",
    };
    return pick(values);
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  /** The target as sent: characters up to 0xFF become one byte each (so \u00c3\u0028 is invalid UTF-8). */
  private static byte[] rawBytes(String target) {
    return target.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static String abbreviate(String s) {
    String printable = s.replaceAll("[^\\x20-\\x7e]", "?");
    return printable.length() <= 120 ? printable : printable.substring(0, 120) + "…(" + s.length() + ")";
  }
}
