/**
 * The ports: what the core needs from outside, as interfaces that the adapters implement.
 * Time is read from a {@link java.time.Clock} passed in by the composition root: the JDK's
 * clock abstraction is already the port, so Chit does not wrap it.
 */
package dev.chit.domain.port;
