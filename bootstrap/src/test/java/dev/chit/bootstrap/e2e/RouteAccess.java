package dev.chit.bootstrap.e2e;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who may call a route, as API.md says, and what everyone else hears: the expectations the
 * access matrix ({@link AccessMatrixContract}) checks every route of the route table against.
 */
final class RouteAccess {

    private RouteAccess() {
    }

    /** The callers the matrix tries on every route. */
    enum CallerKind {
        ANONYMOUS,
        GUEST_OF_ANOTHER_ORDER,
        STAFF_ELSEWHERE,
        MANAGER_ELSEWHERE,
        /** Staff of the restaurant itself, on a route that needs its manager (or an admin). */
        STAFF_NOT_MANAGER,
        ADMIN,
        /** The one the route is for: the guest holding the order's token, its staff or its manager. */
        RIGHTFUL
    }

    /** Who a route is for, and so what each kind of caller gets. */
    enum Audience {
        /** Anyone, signed in or not (the menu, quotes, checkout, the directory, sign-in). */
        PUBLIC,
        /** Anyone signed in (who am I, sign out). */
        SIGNED_IN,
        /** The guest holding the order's token, its restaurant's staff, admins: everyone else gets a 404. */
        GUEST_OR_STAFF,
        /** Only the guest holding the order's token: staff move orders through transitions. */
        GUEST,
        /** The restaurant's staff (and so its managers) and admins. */
        STAFF,
        /** The restaurant's managers and admins. */
        MANAGER,
        /** Platform admins only. */
        ADMIN,
        /** A CloudPRNT printer with its own credentials (HTTP Basic): nobody else, signed in or not. */
        PRINTER;

        /** The status {@code caller} must get from a route for this audience that answers {@code success}. */
        int expected(CallerKind caller, int success) {
            return switch (this) {
                case PUBLIC -> success;
                case SIGNED_IN -> switch (caller) {
                    case ANONYMOUS, GUEST_OF_ANOTHER_ORDER -> 401;
                    default -> success;
                };
                // Without the order's token the order does not exist for the caller, signed in or not.
                case GUEST_OR_STAFF, GUEST -> switch (caller) {
                    case RIGHTFUL -> success;
                    case ADMIN -> this == GUEST ? 404 : success;
                    default -> 404;
                };
                // A guest's order token is no credential of a user; another restaurant's people see nothing.
                case STAFF, MANAGER -> switch (caller) {
                    case ANONYMOUS, GUEST_OF_ANOTHER_ORDER -> 401;
                    case STAFF_ELSEWHERE, MANAGER_ELSEWHERE -> 404;
                    case STAFF_NOT_MANAGER -> 403;
                    case ADMIN, RIGHTFUL -> success;
                };
                case ADMIN -> switch (caller) {
                    case ANONYMOUS, GUEST_OF_ANOTHER_ORDER -> 401;
                    case ADMIN, RIGHTFUL -> success;
                    default -> 403;
                };
                case PRINTER -> caller == CallerKind.RIGHTFUL ? success : 401;
            };
        }

        /** Whether the matrix tries {@code caller} on this audience's routes. */
        boolean tries(CallerKind caller) {
            return caller != CallerKind.STAFF_NOT_MANAGER || this == MANAGER || this == ADMIN;
        }
    }

    /**
     * One request to a route: its path with real ids, its body, the headers it needs besides the
     * caller's, and the order token of the rightful guest where the route is a guest's.
     */
    record Call(String path, Optional<String> body, Map<String, String> headers, Optional<String> orderToken,
                Optional<Upload> upload) {

        static Call to(String path) {
            return new Call(path, Optional.empty(), Map.of(), Optional.empty(), Optional.empty());
        }

        Call body(Object json) {
            return new Call(path, Optional.of(json instanceof String text ? text : HttpJson.json(json)), headers,
                    orderToken, upload);
        }

        /** A body that is not JSON (a photo), sent as {@code contentType}. */
        Call upload(String contentType, byte[] bytes) {
            return new Call(path, body, headers, orderToken, Optional.of(new Upload(contentType, bytes)));
        }

        Call header(String name, String value) {
            return new Call(path, body, SignedInFlow.with(headers, name, value), orderToken, upload);
        }

        Call forGuest(String token) {
            return new Call(path, body, headers, Optional.of(token), upload);
        }
    }

    record Upload(String contentType, byte[] bytes) {
    }

    /**
     * The expectation for one route: its audience, the status its rightful caller gets, and how
     * to make a request to it. The request is made anew for each caller, so that a route that
     * uses something up (a cancel, a dismissal) gets a fresh one each time.
     */
    record Expectation(Audience audience, int success, Function<AccessMatrixContract.Fixture, Call> call) {
    }
}
