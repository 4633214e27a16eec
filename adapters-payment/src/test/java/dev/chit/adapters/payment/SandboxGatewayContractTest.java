package dev.chit.adapters.payment;

import dev.chit.domain.port.PaymentGateway;

import java.util.Map;

/** The sandbox keeps the promises of every card network. */
class SandboxGatewayContractTest extends PaymentGatewayContract {

    private static final Map<String, String> OPERATIONS = Map.of("create", "authorize", "capture", "capture",
            "cancel", "void", "refund", "refund");

    private final SandboxGateway sandbox = new SandboxGateway(SandboxSettings.instant());

    @Override
    protected PaymentGateway gateway() {
        return sandbox;
    }

    @Override
    protected boolean authenticate(String authorizationId, boolean passed) {
        sandbox.completeAuthentication(authorizationId, passed);
        return true;
    }

    @Override
    protected boolean loseNextAnswer() {
        sandbox.inject(SandboxFault.FAIL_AFTER, 1);
        return true;
    }

    @Override
    protected int applied(String operation) {
        return sandbox.performed(OPERATIONS.get(operation)).size();
    }
}
