package io.irplaybook.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a JSON body that is the literal {@code null} with 400, before any resource sees it: no
 * operation takes {@code null} for an object, and resources written for an object (or for no body
 * at all) would otherwise fail with a 500. An empty body is left to the resource, as before.
 */
@Provider
public class NullBodyGuard implements ReaderInterceptor {

  /** Enough for {@code null} with surrounding whitespace; a longer body is not a bare null. */
  private static final int PEEK = 64;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null
        || !(MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
            || type.getSubtype().endsWith("+json"))) {
      return context.proceed();
    }
    BufferedInputStream in = new BufferedInputStream(context.getInputStream(), PEEK + 1);
    in.mark(PEEK + 1);
    byte[] head = in.readNBytes(PEEK + 1);
    in.reset();
    context.setInputStream(in);
    if (head.length <= PEEK && new String(head, StandardCharsets.UTF_8).strip().equals("null")) {
      throw new ProblemException(
          400, "The request body is null; send the JSON object this operation documents.");
    }
    return context.proceed();
  }
}
