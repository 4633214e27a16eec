package dev.chit.adapters.payment;

/** What can go wrong with one call to the sandbox network, when a test asks for it. */
public enum SandboxFault {
    /** The call never reaches the network: nothing happens, and Chit hears an error. */
    FAIL_BEFORE,
    /** The network carries the call out and the answer is lost: "did it happen?" */
    FAIL_AFTER,
    /** The network does not answer within the timeout; nothing happens. */
    TIME_OUT
}
