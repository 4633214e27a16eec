package dev.chit.adapters.web.live;

/**
 * What a client may send: {@code {"type":"resume","afterSeq":N}}, to be brought up to date
 * again from {@code N}. Read with the API's strict JSON: unknown fields and wrong types are
 * errors, reported in an {@code error} frame.
 */
record ClientFrame(String type, Long afterSeq) {

    static final String RESUME = "resume";
}
