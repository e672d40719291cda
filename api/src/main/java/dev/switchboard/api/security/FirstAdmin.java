package dev.switchboard.api.security;

import dev.switchboard.access.ApiKey;
import dev.switchboard.access.ApiKeys;
import dev.switchboard.access.KeyMaterial;
import dev.switchboard.access.PasswordHashes;
import dev.switchboard.access.Passwords;
import dev.switchboard.access.Role;
import dev.switchboard.access.Scope;
import dev.switchboard.access.User;
import dev.switchboard.access.Users;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes sure a fresh install can be administered. When no active admin exists at start-up:
 * with {@code switchboard.admin.email} and {@code switchboard.admin.password} set, that admin is created;
 * otherwise, on the demo (demo data on, whether on the embedded database in this process or shared by several
 * instances), an admin with a random password and an admin API key are created and printed once: by whichever
 * instance creates the admin first (the users' unique email index decides), so several instances starting at once
 * print one admin, not one each. Otherwise nothing is created and a warning says how to.
 * An existing admin is never touched: changing the settings later does not change anyone's password.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    static final String DEMO_EMAIL = "admin@switchboard.local";

    private final Users users;
    private final ApiKeys apiKeys;
    private final PasswordHashes hashes;
    private final Environment environment;
    private final Clock clock;
    private final String email;
    private final String password;

    FirstAdmin(
            Users users,
            ApiKeys apiKeys,
            PasswordHashes hashes,
            Environment environment,
            Clock clock,
            AdminProperties admin) {
        this.users = users;
        this.apiKeys = apiKeys;
        this.hashes = hashes;
        this.environment = environment;
        this.clock = clock;
        this.email = admin.email() == null ? "" : admin.email();
        this.password = admin.password() == null ? "" : admin.password();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.countActiveAdmins() > 0) {
            return;
        }
        if (!email.isBlank() && !password.isBlank()) {
            Passwords.check(password, "switchboard.admin.password");
            create(email.trim().toLowerCase(Locale.ROOT), password);
            log.info("First admin {} created from the configuration.", email);
            return;
        }
        boolean demo = environment.getProperty("switchboard.demo.enabled", Boolean.class, true);
        if (!demo) {
            log.warn(
                    "No admin exists: set SWITCHBOARD_ADMIN_EMAIL and SWITCHBOARD_ADMIN_PASSWORD to create the first one.");
            return;
        }
        String oneTime = KeyMaterial.random("", 12);
        if (!create(DEMO_EMAIL, oneTime)) {
            log.info("The demo admin was created by another instance, which printed its password and key.");
            return;
        }
        String key = KeyMaterial.random(KeyMaterial.API_KEY_PREFIX, 32);
        apiKeys.add(new ApiKey(
                UUID.randomUUID().toString(),
                "demo admin",
                EnumSet.of(Scope.ADMIN),
                KeyMaterial.hash(key),
                key.substring(0, 10),
                clock.instant(),
                null,
                null));
        // Printed rather than logged at a level a log shipper might drop: this is the only time it is shown.
        System.out.printf(
                "%n  Demo admin: %s  password: %s%n  Admin API key (GraphiQL headers: {\"Authorization\": \"Bearer %s\"})%n"
                        + "  Shown once. Change the password with changePassword; set SWITCHBOARD_ADMIN_EMAIL/PASSWORD for a real install.%n%n",
                DEMO_EMAIL, oneTime, key);
    }

    /** Whether this call created the admin; false when another instance starting at the same time did. */
    private boolean create(String adminEmail, String adminPassword) {
        try {
            users.add(new User(
                    UUID.randomUUID().toString(),
                    adminEmail,
                    Role.ADMIN,
                    null,
                    hashes.hash(adminPassword),
                    true,
                    0,
                    null));
            return true;
        } catch (InputRejected duplicate) {
            if (duplicate.code() != ErrorCode.DUPLICATE) {
                throw duplicate;
            }
            return false;
        }
    }
}
