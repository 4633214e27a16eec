package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Refunds by line on the embedded database, as {@code bin/chit} runs it. */
class H2LineRefundFlowTest extends LineRefundFlowContract {

    @TempDir
    Path dataDir;

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.h2(dataDir);
    }
}
