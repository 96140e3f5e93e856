package dev.keepup.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keepup.api.Json;
import dev.keepup.api.ServingAddress;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends a command's request to the {@code keepup serve} that owns the data directory, over its
 * HTTP API, so that the command gives the same answer as it would with the stores to itself. The
 * server's 4xx answers become usage errors with the server's own message.
 */
final class ServerClient {

  private static final long MAX_ANSWER_BYTES = 32L << 20;

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

  /** {@code GET path} with every value of each parameter, read as {@code type}. */
  <T> T get(String path, Map<String, ? extends Collection<String>> params, Class<T> type) {
    HttpUrl base = HttpUrl.parse(server.url());
    if (base == null) {
      throw new IllegalStateException("keepup serve recorded an address that is not a URL: " + server.url());
    }
    HttpUrl.Builder url = base.newBuilder().addPathSegments(path.replaceFirst("^/", ""));
    params.forEach((name, values) -> values.forEach(v -> url.addQueryParameter(name, v)));
    Request.Builder request = new Request.Builder().url(url.build()).header("Accept", "application/json");
    if (!apiToken.isEmpty()) {
      request.header("Authorization", "Bearer " + apiToken);
    }
    try (Response response = http.newCall(request.build()).execute()) {
      byte[] body = read(response);
      if (response.code() >= 400 && response.code() < 500) {
        JsonNode error = Json.MAPPER.readTree(body);
        throw new UsageException(error.path("detail").asText(error.path("error").asText("HTTP " + response.code())));
      }
      if (!response.isSuccessful()) {
        throw new IllegalStateException("keepup serve at " + server.url() + " answered HTTP " + response.code() + "; see its log");
      }
      return Json.MAPPER.readValue(body, type);
    } catch (IOException e) {
      throw new IllegalStateException("cannot reach keepup serve (pid " + server.pid() + ") at " + server.url() + ": " + e.getMessage(), e);
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
