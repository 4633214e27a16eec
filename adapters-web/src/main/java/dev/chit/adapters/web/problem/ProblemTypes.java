package dev.chit.adapters.web.problem;

/** Problem types for statuses Helidon decided on by itself, before or instead of a route. */
final class ProblemTypes {

    private ProblemTypes() {
    }

    static ProblemType forStatus(int status) {
        return switch (status) {
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.MALFORMED_REQUEST;
        };
    }

    // Helidon's own messages are written for operators; clients get a fixed sentence per type.
    static String genericDetail(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "There is no such resource.";
            case METHOD_NOT_ALLOWED -> "This resource does not answer to this method.";
            case PAYLOAD_TOO_LARGE -> "The request body is too large.";
            case UNSUPPORTED_MEDIA_TYPE -> "The request body has a media type this resource does not read.";
            case INTERNAL -> ProblemMapping.INTERNAL_DETAIL;
            default -> "The request could not be understood.";
        };
    }
}
