/**
 * The web adapter: Chit's HTTP API on Helidon WebServer SE. {@link dev.chit.adapters.web.ChitApi}
 * is what the composition root builds and registers; the subpackages hold one
 * {@code HttpService} per resource with its JSON records ({@code menu}, {@code checkout},
 * {@code orders}), the one JSON setup ({@code json}), the one problem-document writer and
 * exception mapping ({@code problem}), and the request plumbing they share ({@code support}).
 *
 * <p>JSON records here are the wire format and nothing else: they may hold {@code null} for a
 * JSON {@code null} or an absent field, and are mapped to and from the domain's types (which
 * know nothing of JSON) at the edge of each service.
 */
package dev.chit.adapters.web;
