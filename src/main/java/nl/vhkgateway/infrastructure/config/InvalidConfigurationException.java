package nl.vhkgateway.infrastructure.config;

import java.util.List;

/**
 * The configuration is missing keys or has invalid values. The message lists every problem at once (key,
 * environment variable, what is wrong), never a secret value, so that an operator can fix everything in one go.
 */
public class InvalidConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public InvalidConfigurationException(List<String> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** @return one line per problem */
    public List<String> problems() {
        return problems;
    }

    private static String message(List<String> problems) {
        StringBuilder message = new StringBuilder("Invalid configuration, the gateway does not start (")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
                .append("; set each key in the configuration file or as environment variable):");
        problems.forEach(problem -> message.append(System.lineSeparator()).append("  - ").append(problem));
        return message.toString();
    }
}
