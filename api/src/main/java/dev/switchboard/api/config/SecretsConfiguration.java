package dev.switchboard.api.config;

import dev.switchboard.persistence.secrets.Secrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The key that seals stored secrets. {@code switchboard.secrets.key} wins when set (and must be base64 of
 * 32 bytes, or the app does not start). Without it:
 * <ul>
 * <li>on the embedded database kept in a file (the one-command demo), a key is made once and kept in
 *     {@code secrets.key} beside the data file, readable by its owner only;</li>
 * <li>on the embedded database in memory, a key lives as long as the data: in memory;</li>
 * <li>on a real MongoDB there is no key: connections without secrets (ICS feeds) work, one with a secret is
 *     refused, and the app will not start while stored secrets exist (see {@code MongoCalendarConnections}).
 *     Keeping a key next to a shared database would protect nothing, so none is made up.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecretsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecretsConfiguration.class);
    static final String KEY_FILE = "secrets.key";

    @Bean
    Secrets secrets(SecretsProperties settings, EmbeddedMongoProperties embedded, Environment environment) {
        String key = settings.key();
        if (key != null && !key.isBlank()) {
            return Secrets.withKey(key);
        }
        boolean embeddedDatabase = !environment.containsProperty("spring.mongodb.uri")
                && !environment.containsProperty("spring.mongodb.host");
        if (!embeddedDatabase) {
            return Secrets.none(Secrets.KEY_PROPERTY + " is not set: set it to base64 of 32 random bytes "
                    + "(openssl rand -base64 32) to store calendar passwords, tokens and keys");
        }
        if (embedded.storage() == EmbeddedMongoProperties.Storage.MEMORY) {
            return Secrets.withKey(Secrets.newKey());
        }
        Path parent = embedded.file().toAbsolutePath().getParent();
        return Secrets.withKey(keyFile(parent.resolve(KEY_FILE)));
    }

    private static String keyFile(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            Files.createDirectories(file.getParent());
            String key = Secrets.newKey();
            // Written whole to a file of its own, then moved into place in one step: a second instance starting
            // at the same time, or a crash mid-write, never finds a key file that is there but empty.
            Path written;
            try {
                written = Files.createTempFile(
                        file.getParent(),
                        KEY_FILE,
                        ".new",
                        PosixFilePermissions.asFileAttribute(Set.of(
                                java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)));
            } catch (UnsupportedOperationException notPosix) {
                written = Files.createTempFile(file.getParent(), KEY_FILE, ".new");
            }
            Files.writeString(written, key + "\n", StandardCharsets.US_ASCII);
            try {
                // No replacing: if another instance put its key in place first, that key is the one.
                Files.createLink(file, written);
            } catch (FileAlreadyExistsException anotherInstance) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            } finally {
                Files.deleteIfExists(written);
            }
            log.warn(
                    "Made a key for stored secrets in {}; set {} in production instead, and keep the key apart "
                            + "from the data and its backups",
                    file,
                    Secrets.KEY_PROPERTY);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the secrets key file " + file, e);
        }
    }
}
