package io.github.soc2kit.core.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of soc2kit, as the build wrote it into {@code soc2kit/version.properties}. */
public final class Version {

    private Version() {}

    /** For example {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        try (InputStream in = Version.class.getClassLoader().getResourceAsStream("soc2kit/version.properties")) {
            if (in == null) {
                throw new IllegalStateException("soc2kit/version.properties is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
