package dev.chit.domain.port;

/**
 * The sandbox network's stand-in for a bank's 3-D Secure challenge, so the whole guest flow
 * runs without Stripe: the guest app's small authentication dialog passes or fails the
 * authentication an authorization awaits. Only the sandbox has it; with Stripe, the guest
 * authenticates at the bank through Stripe.js.
 */
public interface SandboxAuthentication {

    /**
     * The guest answered the challenge of {@code authorizationId}: it then reserves the money
     * ({@code passed}) or never will.
     *
     * @throws PaymentGateway.Refused when the authorization is unknown or awaits no authentication
     */
    void completeAuthentication(String authorizationId, boolean passed);
}
