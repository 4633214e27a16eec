/**
 * RFC 9457 problem documents: the list of types, the one writer, and the one mapping from
 * exceptions to problems.
 */
package dev.chit.adapters.web.problem;
