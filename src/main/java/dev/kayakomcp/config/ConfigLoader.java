package dev.kayakomcp.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Config} from command-line flags, then the environment, then {@code .env} in the
 * working directory: the first source that sets a value wins.
 */
public final class ConfigLoader {

  public static final String API_URL = "KAYAKO_API_URL";
  public static final String API_KEY = "KAYAKO_API_KEY";
  public static final String SECRET_KEY = "KAYAKO_SECRET_KEY";

  private final Map<String, String> flags;
  private final Map<String, String> environment;
  private final Path dotEnv;

  /**
   * @param flags values given on the command line, keyed by the environment variable names
   * @param environment the process environment
   * @param dotEnv the {@code .env} file to read last
   */
  public ConfigLoader(Map<String, String> flags, Map<String, String> environment, Path dotEnv) {
    this.flags = flags;
    this.environment = environment;
    this.dotEnv = dotEnv;
  }

  public Config load(Duration connectTimeout, Duration readTimeout) throws ConfigException {
    Map<String, String> file = DotEnv.read(dotEnv);
    String url = first(API_URL, file);
    String key = first(API_KEY, file);
    String secret = first(SECRET_KEY, file);
    List<String> missing = new ArrayList<>();
    if (url == null) {
      missing.add(API_URL + " (--api-url)");
    }
    if (key == null) {
      missing.add(API_KEY + " (--api-key)");
    }
    if (secret == null) {
      missing.add(SECRET_KEY + " (--secret-key)");
    }
    if (!missing.isEmpty()) {
      throw new ConfigException(
          "Missing Kayako configuration: "
              + String.join(", ", missing)
              + ". Set them as flags, environment variables or in "
              + dotEnv.toAbsolutePath()
              + " (see .env.example); the values are in Kayako's Admin CP › REST API › API"
              + " Information. To try the server without a Kayako, run it with --demo.");
    }
    if (!url.matches("(?i)https?://.+")) {
      throw new ConfigException(
          API_URL
              + " must be an http(s) URL such as https://support.example.com/api/index.php, not '"
              + url
              + "'.");
    }
    return new Config(url, Secret.of(key), Secret.of(secret), connectTimeout, readTimeout);
  }

  private String first(String name, Map<String, String> file) {
    for (Map<String, String> source : List.of(flags, environment, file)) {
      String v = source.get(name);
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
