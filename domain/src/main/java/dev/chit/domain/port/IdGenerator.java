package dev.chit.domain.port;

import java.util.UUID;

/** Makes ids for new rows: time-ordered UUIDs (version 7), so that indexes stay compact. */
public interface IdGenerator {

    UUID next();
}
