package org.clinicalnotes.fhir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Collections;
import java.util.Objects;
import org.clinicalnotes.BadInputException;

/**
 * Loads the vendor's signing or verification key with the JDK's own key classes: a PKCS#12 file
 * ({@code .p12}, {@code .pfx}: the first key entry and its certificate) or a PEM file holding a PKCS#8
 * {@code PRIVATE KEY}, a {@code PUBLIC KEY} and/or a {@code CERTIFICATE}. RSA (RS256) or P-256 EC (ES256).
 *
 * @since 0.2.0
 */
public final class SigningKeys {

    /** The largest key file read: 1 MB. */
    public static final long MAX_BYTES = 1024 * 1024;

    private SigningKeys() {
    }

    /**
     * A loaded key: the private half to sign, the public half to verify; either may be absent.
     *
     * @param privateKey the private key, or null
     * @param publicKey the public key, or null
     * @param source the file name, for messages
     */
    public record KeyPair(PrivateKey privateKey, PublicKey publicKey, String source) {
        @Override
        public String toString() {
            return "KeyPair[source=" + source + ", private=" + (privateKey != null) + ", public="
                    + (publicKey != null) + "]";
        }
    }

    /**
     * @param file the key file; not null
     * @param password the PKCS#12 password (ignored for PEM), may be null for none
     * @return the key pair
     * @throws BadInputException CN-3320 when the file is missing, too large or holds no usable key
     */
    public static KeyPair load(Path file, char[] password) {
        Objects.requireNonNull(file, "file");
        String name = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw bad(name, "the key file is larger than 1 MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw bad(name, "the key file does not exist");
        } catch (IOException e) {
            throw bad(name, "the key file cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        String text = new String(bytes, StandardCharsets.US_ASCII);
        try {
            return text.contains("-----BEGIN ") ? pem(text, name) : pkcs12(bytes, password, name);
        } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
            throw bad(name, "no usable RSA or EC key in the file (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static KeyPair pkcs12(byte[] bytes, char[] password, String name)
            throws GeneralSecurityException, IOException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(new ByteArrayInputStream(bytes), password);
        for (String alias : Collections.list(ks.aliases())) {
            if (ks.isKeyEntry(alias)) {
                PrivateKey pk = (PrivateKey) ks.getKey(alias, password);
                Certificate c = ks.getCertificate(alias);
                return new KeyPair(pk, c == null ? null : c.getPublicKey(), name);
            }
        }
        for (String alias : Collections.list(ks.aliases())) {
            Certificate c = ks.getCertificate(alias);
            if (c != null) {
                return new KeyPair(null, c.getPublicKey(), name);
            }
        }
        throw bad(name, "the PKCS#12 file holds no key or certificate");
    }

    private static KeyPair pem(String text, String name) throws GeneralSecurityException {
        PrivateKey priv = null;
        PublicKey pub = null;
        byte[] der = block(text, "PRIVATE KEY");
        if (der != null) {
            priv = privateKey(der);
            if (priv instanceof RSAPrivateCrtKey crt) {
                pub = KeyFactory.getInstance("RSA").generatePublic(
                        new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            }
        }
        der = block(text, "PUBLIC KEY");
        if (der != null) {
            pub = publicKey(der);
        }
        der = block(text, "CERTIFICATE");
        if (der != null) {
            pub = CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der))
                    .getPublicKey();
        }
        if (priv == null && pub == null) {
            throw bad(name, "the PEM file holds no PRIVATE KEY (PKCS#8), PUBLIC KEY or CERTIFICATE block");
        }
        return new KeyPair(priv, pub, name);
    }

    private static byte[] block(String text, String label) {
        String begin = "-----BEGIN " + label + "-----";
        int a = text.indexOf(begin);
        if (a < 0) {
            return null;
        }
        int b = text.indexOf("-----END " + label + "-----", a);
        if (b < 0) {
            throw new IllegalArgumentException("unterminated PEM block");
        }
        return Base64.getMimeDecoder().decode(text.substring(a + begin.length(), b));
    }

    private static PrivateKey privateKey(byte[] der) throws GeneralSecurityException {
        for (String alg : new String[] {"RSA", "EC"}) {
            try {
                return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (java.security.spec.InvalidKeySpecException e) {
                // try the next algorithm
            }
        }
        throw new java.security.spec.InvalidKeySpecException("not an RSA or EC PKCS#8 key");
    }

    private static PublicKey publicKey(byte[] der) throws GeneralSecurityException {
        for (String alg : new String[] {"RSA", "EC"}) {
            try {
                return KeyFactory.getInstance(alg).generatePublic(new X509EncodedKeySpec(der));
            } catch (java.security.spec.InvalidKeySpecException e) {
                // try the next algorithm
            }
        }
        throw new java.security.spec.InvalidKeySpecException("not an RSA or EC public key");
    }

    private static BadInputException bad(String name, String what) {
        return new BadInputException("CN-3320", name, 0, what,
                "Pass a PKCS#12 file (password in CLINICAL_NOTES_KEY_PASSWORD) or a PEM file with a PKCS#8 private "
                        + "key, a public key or a certificate (RSA, or EC P-256).", null);
    }
}
