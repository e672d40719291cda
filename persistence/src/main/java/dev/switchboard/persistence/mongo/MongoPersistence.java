package dev.switchboard.persistence.mongo;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The one public door into this package: importing it registers every MongoDB adapter (found by scanning this
 * package), each a package-private class known to the rest of the app only by the port it implements. The app
 * wires use cases to ports, never to a {@code Mongo...} class, so swapping the database touches this module alone.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class MongoPersistence {}
