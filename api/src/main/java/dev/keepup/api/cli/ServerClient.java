package dev.keepup.api.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.keepup.api.Json;
import dev.keepup.api.ServingAddress;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends a command's request to the {@code keepup serve} that owns the data directory, over its
 * HTTP API, so that the command gives the same answer as it would with the stores to itself. The
 * server's 4xx answers become usage errors with the server's own message.
 */
final class ServerClient {

  private static final long MAX_ANSWER_BYTES = 32L << 20;
  private static final MediaType JSON = MediaType.get("application/json");

  private final ServingAddress server;
  private final String apiToken;
  private final OkHttpClient http = new OkHttpClient.Builder()
      .connectTimeout(Duration.ofSeconds(5))
      .callTimeout(Duration.ofMinutes(1))
      .build();

  ServerClient(ServingAddress server, String apiToken) {
    this.server = server;
    this.apiToken = apiToken;
  }

  /** {@code GET path} ({@link #path} encoded) with every value of each parameter, read as {@code type}. */
  <T> T get(String path, Map<String, ? extends Collection<String>> params, Class<T> type) {
    HttpUrl.Builder url = url(path);
    params.forEach((name, values) -> values.forEach(v -> url.addQueryParameter(name, v)));
    return call(new Request.Builder().url(url.build()), type);
  }

  /** {@code method path} ({@link #path} encoded) with {@code body} as JSON, read as {@code type}; null for an answer without a body. */
  <T> T send(String method, String path, Object body, Class<T> type) {
    try {
      RequestBody json = body == null ? null : RequestBody.create(Json.MAPPER.writeValueAsBytes(body), JSON);
      return call(new Request.Builder().url(url(path).build()).method(method, json), type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write the request as JSON: " + e.getMessage(), e);
    }
  }

  private HttpUrl.Builder url(String path) {
    HttpUrl base = HttpUrl.parse(server.url());
    if (base == null) {
      throw new IllegalStateException("keepup serve recorded an address that is not a URL: " + server.url());
    }
    return base.newBuilder().addEncodedPathSegments(path.replaceFirst("^/", ""));
  }

  /** A path of the API from its segments, each percent-encoded: a name a user typed stays one segment. */
  static String path(String... segments) {
    StringBuilder path = new StringBuilder();
    for (String segment : segments) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw new UsageException("not a name: '" + segment + "'");
      }
      path.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return path.toString();
  }

  /**
   * Sends a request. An answer of 400, 404 or 422 (the request was wrong) becomes a usage error, any
   * other 4xx a failure, each with the server's message.
   */
  private <T> T call(Request.Builder request, Class<T> type) {
    request.header("Accept", "application/json");
    if (!apiToken.isEmpty()) {
      request.header("Authorization", "Bearer " + apiToken);
    }
    try (Response response = http.newCall(request.build()).execute()) {
      byte[] body = read(response);
      int status = response.code();
      if (status >= 400 && status < 500) {
        String message = errorMessage(body, status);
        throw status == 400 || status == 404 || status == 422 ? new UsageException(message) : new IllegalStateException(message);
      }
      if (!response.isSuccessful()) {
        throw new IllegalStateException("keepup serve at " + server.url() + " answered HTTP " + status + "; see its log");
      }
      return body.length == 0 ? null : Json.MAPPER.readValue(body, type);
    } catch (IOException e) {
      throw new IllegalStateException("cannot reach keepup serve (pid " + server.pid() + ") at " + server.url() + ": " + e.getMessage(), e);
    }
  }

  /** The message of the API's JSON error body; "HTTP status" when the body is not one. */
  private static String errorMessage(byte[] body, int status) {
    try {
      JsonNode error = Json.MAPPER.readTree(body);
      return error.path("detail").asText(error.path("error").asText("HTTP " + status));
    } catch (IOException e) {
      return "HTTP " + status + " (an answer that is not the API's JSON)";
    }
  }

  private static byte[] read(Response response) throws IOException {
    try (InputStream in = response.body().byteStream()) {
      byte[] body = in.readNBytes((int) MAX_ANSWER_BYTES + 1);
      if (body.length > MAX_ANSWER_BYTES) {
        throw new IOException("its answer is larger than " + (MAX_ANSWER_BYTES >> 20) + " MiB");
      }
      return body;
    }
  }
}
