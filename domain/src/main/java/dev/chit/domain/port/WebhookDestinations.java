package dev.chit.domain.port;

import java.net.URI;
import java.util.Optional;

/**
 * Where webhooks may point. Addresses of the server's own networks (loopback, link-local,
 * private) are refused unless the installation allows them, so that a manager cannot make the
 * server call into them.
 */
public interface WebhookDestinations {

    /** @return why the URL is refused, or empty when it may be called */
    Optional<String> refusal(URI url);
}
