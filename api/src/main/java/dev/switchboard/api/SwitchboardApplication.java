package dev.switchboard.api;

import dev.switchboard.api.config.StandaloneMongoServer;
import dev.switchboard.persistence.mongo.MongoPersistence;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@ConfigurationPropertiesScan
@Import(MongoPersistence.class)
public class SwitchboardApplication {

    public static void main(String[] args) throws InterruptedException {
        // One jar, two programs: the app, or only the embedded database for several app instances to share.
        if (args.length > 0 && args[0].equals(StandaloneMongoServer.COMMAND)) {
            StandaloneMongoServer.run(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(SwitchboardApplication.class, args);
    }
}
