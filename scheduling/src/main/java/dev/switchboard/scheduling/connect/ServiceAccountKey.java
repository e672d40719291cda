package dev.switchboard.scheduling.connect;

import java.util.Objects;

/**
 * The Google service account an operator configured for domain-wide delegation: its email and its RSA
 * private key (PKCS#8 PEM), as in the JSON key file Google hands out.
 */
public record ServiceAccountKey(String clientEmail, String privateKeyPem) {

    public ServiceAccountKey {
        Objects.requireNonNull(clientEmail, "clientEmail");
        Objects.requireNonNull(privateKeyPem, "privateKeyPem");
    }

    @Override
    public String toString() {
        return "ServiceAccountKey[" + clientEmail + "]";
    }
}
