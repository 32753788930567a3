package nl.vhkgateway.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of the deployed gateway, from the Maven descriptor in the WAR. Thread-safe. */
@ApplicationScoped
public class VersionInfo {

    private static final String POM_PROPERTIES = "/META-INF/maven/nl.vhkgateway/vhk-gateway/pom.properties";

    @Inject
    ServletContext servletContext;

    private String version = "unknown";

    @PostConstruct
    void init() {
        try (InputStream in = servletContext.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                version = properties.getProperty("version", version);
            }
        } catch (IOException e) {
            // stays "unknown"
        }
    }

    public String version() {
        return version;
    }
}
