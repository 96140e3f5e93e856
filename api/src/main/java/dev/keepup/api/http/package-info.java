/**
 * The HTTP JSON API (Javalin): every route, with the query parameters it takes, declared in {@code
 * Routes} (a parameter a route does not take is a 400; {@code /openapi.json} must list the same
 * routes and parameters, which a test checks); write routes checked there for the API token and a
 * JSON body; errors mapped once, in {@code HttpApi}, to {@code {"error": …, "detail": …}} bodies;
 * views as records. To add a route: a handler method in the feature's routes class, one line in
 * {@code Routes.register}, its entry in {@code openapi.json}, and a test.
 */
package dev.keepup.api.http;
