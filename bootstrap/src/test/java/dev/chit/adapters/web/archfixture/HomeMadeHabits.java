package dev.chit.adapters.web.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Breaks the "one way to do each thing" rules on purpose: its own digest, ids, JSON mapper and
 * logging API. Test code only.
 */
public final class HomeMadeHabits {

    private static final Logger LOG = Logger.getLogger(HomeMadeHabits.class.getName());

    public byte[] digest(byte[] bytes) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }

    public UUID newId() {
        return UUID.randomUUID();
    }

    public ObjectMapper mapper() {
        LOG.info("a second mapper");
        return new ObjectMapper();
    }
}
