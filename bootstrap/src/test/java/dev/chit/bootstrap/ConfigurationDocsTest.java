package dev.chit.bootstrap;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/configuration.md lists every setting Chit reads, and no other: each key of
 * {@code application.yaml} (where {@link ChitSettings} and its parts find their defaults) by its
 * environment variable, and each variable the page names is one of those keys. Variables that
 * only the tests read ({@code CHIT_TEST_*}, {@code CHIT_REQUIRE_*}, {@code CHIT_FUZZ_*}) are apart.
 */
class ConfigurationDocsTest {

    private static final Path PAGE = Path.of("..", "docs", "configuration.md");
    private static final Pattern VARIABLE = Pattern.compile("CHIT_[A-Z0-9_]+");
    private static final Pattern TESTS_ONLY = Pattern.compile("CHIT_(TEST|REQUIRE|FUZZ)_.*");

    @Test
    void thePageListsEverySettingAndNoOther() throws IOException {
        Set<String> settings = settingsOfApplicationYaml();
        Set<String> documented = documented();

        assertThat(settings).as("settings in application.yaml").hasSizeGreaterThan(20);
        assertThat(settings).as("settings missing from docs/configuration.md").isSubsetOf(documented);
        assertThat(documented).as("variables docs/configuration.md names that Chit does not read")
                .isSubsetOf(settings);
    }

    private static Set<String> settingsOfApplicationYaml() {
        Config root = Config.just(ConfigSources.classpath("application.yaml"));
        return root.get("chit").traverse()
                .filter(Config::isLeaf)
                .map(node -> "CHIT_" + node.key().toString().substring("chit.".length())
                        .replace('.', '_').toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> documented() throws IOException {
        Matcher variable = VARIABLE.matcher(Files.readString(PAGE));
        Set<String> names = new TreeSet<>();
        while (variable.find()) {
            if (!TESTS_ONLY.matcher(variable.group()).matches()) {
                names.add(variable.group());
            }
        }
        return names;
    }
}
