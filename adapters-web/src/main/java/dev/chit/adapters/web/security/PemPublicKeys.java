package dev.chit.adapters.web.security;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an RSA or EC public key from PEM text ({@code PUBLIC KEY} or {@code CERTIFICATE}) with
 * the JDK alone; nimbus's own PEM reader would need Bouncy Castle.
 */
final class PemPublicKeys {

    private static final Pattern PEM =
            Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private PemPublicKeys() {
    }

    /** @throws IllegalArgumentException when the text holds no RSA or EC public key */
    static PublicKey parse(String pem) {
        Matcher matcher = PEM.matcher(pem);
        if (!matcher.find()) {
            throw new IllegalArgumentException("the JWT public key is not PEM text (-----BEGIN PUBLIC KEY-----)");
        }
        byte[] der = Base64.getMimeDecoder().decode(matcher.group(2));
        try {
            return switch (matcher.group(1)) {
                case "CERTIFICATE" -> CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(der)).getPublicKey();
                case "PUBLIC KEY" -> publicKey(der);
                default -> throw new IllegalArgumentException("a PEM " + matcher.group(1)
                        + " is not a public key; give the issuer's PUBLIC KEY or CERTIFICATE");
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the JWT public key cannot be read: " + e.getMessage(), e);
        }
    }

    private static PublicKey publicKey(byte[] der) throws GeneralSecurityException {
        X509EncodedKeySpec spec = new X509EncodedKeySpec(der);
        try {
            return KeyFactory.getInstance("RSA").generatePublic(spec);
        } catch (GeneralSecurityException notRsa) {
            return KeyFactory.getInstance("EC").generatePublic(spec);
        }
    }
}
