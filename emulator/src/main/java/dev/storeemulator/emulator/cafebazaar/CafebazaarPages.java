package dev.storeemulator.emulator.cafebazaar;

import static dev.storeemulator.emulator.core.Html.escape;

/** The HTML Cafebazaar serves: the authorize page, its error pages, and Django's plain 404. */
final class CafebazaarPages {
    /** Django's production 404 page, which the real backend serves for unknown paths. */
    static final String NOT_FOUND = """
            <!doctype html>
            <html lang="en">
            <head>
              <title>Not Found</title>
            </head>
            <body>
              <h1>Not Found</h1><p>The requested resource was not found on this server.</p>
            </body>
            </html>
            """;

    /** Django's CSRF failure page (production, DEBUG off): a POST whose csrfmiddlewaretoken does not match. */
    static final String CSRF_FAILURE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta http-equiv="content-type" content="text/html; charset=utf-8">
              <meta name="robots" content="NONE,NOARCHIVE">
              <title>403 Forbidden</title>
            </head>
            <body>
            <div id="summary">
              <h1>Forbidden <span>(403)</span></h1>
              <p>CSRF verification failed. Request aborted.</p>
            </div>
            <div id="explanation">
              <p><small>More information is available with DEBUG=True.</small></p>
            </div>
            </body>
            </html>
            """;

    private CafebazaarPages() {}

    static String authorize(OAuthClient client, String csrfToken) {
        return """
                <!doctype html>
                <html lang="fa">
                <head>
                  <meta charset="utf-8">
                  <title>Authorize access — Cafebazaar Developer API</title>
                </head>
                <body>
                  <h1>Authorize access</h1>
                  <p>The client <code>%s</code> asks for access to your Cafebazaar Developer API
                     (scope <code>androidpublisher</code>).</p>
                  <p>After you authorize, your browser is sent to <code>%s</code> with a code.</p>
                  <form method="POST" action="."><input type='hidden' name='csrfmiddlewaretoken' value='%s'>
                    <input type="hidden" name="scopes" value="androidpublisher">
                    <button type="submit" id="authorize">Authorize</button>
                  </form>
                  <p><small>Store emulator: no login is needed here.</small></p>
                </body>
                </html>
                """.formatted(escape(client.clientId()), escape(client.redirectUri()), escape(csrfToken));
    }

    static String error(String message) {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>Authorization error — Cafebazaar Developer API</title>
                </head>
                <body>
                  <h1>Authorization error</h1>
                  <p>%s</p>
                </body>
                </html>
                """.formatted(escape(message));
    }
}
