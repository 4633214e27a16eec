package dev.chit.adapters.web.orders;

/** Why the guest cancels, if they say; the whole body may be left out. */
record CancelJson(String reason) {
}
