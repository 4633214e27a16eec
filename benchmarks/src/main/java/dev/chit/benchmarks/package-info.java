/**
 * JMH benchmarks of Chit's hot paths: pricing a cart, the order's moves, checkout and order
 * search on the embedded database. A test harness like bootstrap: it wires adapters and use
 * cases by hand, and nothing depends on it. See benchmarks/README.md for how to run them.
 */
package dev.chit.benchmarks;
