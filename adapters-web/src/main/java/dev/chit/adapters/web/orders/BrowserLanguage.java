package dev.chit.adapters.web.orders;

import dev.chit.domain.order.GuestLanguage;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

/** The guest's language by their browser's {@code Accept-Language}, for a checkout that names none. */
final class BrowserLanguage {

    private BrowserLanguage() {
    }

    static GuestLanguage of(ServerRequest req) {
        return GuestLanguage.fromAcceptLanguage(req.headers().first(HeaderNames.ACCEPT_LANGUAGE));
    }
}
