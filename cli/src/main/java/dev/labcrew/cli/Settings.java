package dev.labcrew.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Configuration as the command line sees it: the environment over the properties file
 * {@code $XDG_CONFIG_HOME/labcrew/labcrew.properties} (default {@code ~/.config/labcrew/}), which
 * uses the same keys as the environment ({@code PROXMOX_URL=...}). Flags override both.
 */
final class Settings {
    private Settings() {
    }

    static Map<String, String> load(Map<String, String> env) {
        Map<String, String> merged = new HashMap<>(fromFile(configFile(env)));
        merged.putAll(env);
        return merged;
    }

    static Path configFile(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg == null || xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".config") : Path.of(xdg);
        return base.resolve("labcrew").resolve("labcrew.properties");
    }

    private static Map<String, String> fromFile(Path file) {
        Map<String, String> values = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return values;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new dev.labcrew.core.LabcrewException(dev.labcrew.core.ErrorKind.BAD_INPUT,
                "Cannot read " + file + ": " + e.getMessage(), "fix or remove the file");
        }
        properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k).trim()));
        return values;
    }
}
