package dev.keepup.api.http;

import java.io.IOException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answers to requests it refuses before any route runs. Its parser reads a request line
 * without a valid version (control bytes in the target, say) as HTTP/0.9, and refuses that version
 * with 505; but such a line is a malformed request, the client's fault: Keepup answers it with 400,
 * so that a 5xx always means a fault of the server.
 */
final class JettyErrors extends ErrorHandler {

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback)
      throws IOException {
    if (code == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) {
      response.setStatus(HttpStatus.BAD_REQUEST_400);
      super.generateResponse(request, response, HttpStatus.BAD_REQUEST_400, "malformed request line: " + message, cause, callback);
    } else {
      super.generateResponse(request, response, code, message, cause, callback);
    }
  }
}
