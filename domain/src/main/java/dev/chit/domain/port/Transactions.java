package dev.chit.domain.port;

import java.util.function.Supplier;

/**
 * The transaction boundary. Everything the work does through the repositories commits
 * together or not at all; a nested call joins the transaction already open.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
