package dev.keepup.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.keepup.api.Json;
import io.javalin.http.Context;
import io.javalin.http.UnprocessableContentResponse;

/**
 * Reads a request's JSON body the one way every route does: with {@link Json#MAPPER} (unknown
 * fields refused) from the body decoded in its declared charset, leaving the exceptions to the
 * central error mapping of {@link HttpApi}: malformed JSON is 400, a body of the wrong shape 422.
 * JSON {@code null} is a well-formed body that is no object: 422 as well.
 */
public final class JsonBody {

  private JsonBody() {}

  /** The body as a {@code type}, never null. */
  public static <T> T read(Context ctx, Class<T> type) throws JsonProcessingException {
    T body = Json.MAPPER.readValue(ctx.body(), type);
    if (body == null) {
      throw new UnprocessableContentResponse("send a JSON object, not null");
    }
    return body;
  }
}
