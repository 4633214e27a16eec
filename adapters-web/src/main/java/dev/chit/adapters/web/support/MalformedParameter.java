package dev.chit.adapters.web.support;

/**
 * A query parameter or header that cannot be read as what the endpoint takes: an unknown status,
 * a limit that is not a number, a cursor this server did not hand out. Like malformed JSON, it is
 * the request's form that is wrong (400), and the problem names the parameter.
 */
public final class MalformedParameter extends RuntimeException {

    private final String parameter;
    private final String code;

    public MalformedParameter(String parameter, String code, String message) {
        super(message, null, false, false);
        this.parameter = parameter;
        this.code = code;
    }

    public String parameter() {
        return parameter;
    }

    public String code() {
        return code;
    }
}
