package dev.chit.adapters.web.support;

/** The request body is not declared as the JSON the endpoint reads. */
public final class UnsupportedMediaType extends RuntimeException {

    public UnsupportedMediaType(String received) {
        super("send the body as application/json (UTF-8), not " + received, null, false, false);
    }
}
