package nl.vhkgateway.e2e;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every REST endpoint of the gateway, found by reflection over the compiled resource classes (so a new endpoint is
 * walked by the tests without anybody listing it): method, path template under {@code /api}, the roles that may
 * call it and the media types it reads.
 */
record RestEndpoints(List<Endpoint> all) {

    private static final String PACKAGE = "nl.vhkgateway.interfaces.rest";

    record Endpoint(String method, String template, Set<String> roles, boolean public_, List<String> consumes) {

        String path(String id) {
            return "api/" + template.replaceAll("\\{[^}]+}", id);
        }

        boolean hasId() {
            return template.contains("{");
        }

        boolean readsJson() {
            return consumes.stream().anyMatch(type -> type.contains("json"));
        }

        @Override
        public String toString() {
            return method + " /api/" + template;
        }
    }

    static RestEndpoints scan() {
        java.nio.file.Path root = Paths.get("target", "classes");
        java.nio.file.Path dir = root.resolve(PACKAGE.replace('.', '/'));
        List<Endpoint> endpoints = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, RestEndpoints.class.getClassLoader());
                Path classPath = type.getAnnotation(Path.class);
                if (classPath != null) {
                    endpoints.addAll(endpointsOf(type, classPath.value()));
                }
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot scan the resource classes under " + dir, e);
        }
        endpoints.sort(Comparator.comparing(Endpoint::toString));
        return new RestEndpoints(List.copyOf(endpoints));
    }

    private static List<Endpoint> endpointsOf(Class<?> type, String base) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Method method : type.getMethods()) {
            Optional<String> http = Arrays.stream(method.getAnnotations())
                    .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                    .filter(java.util.Objects::nonNull).map(HttpMethod::value).findFirst();
            if (http.isEmpty()) {
                continue;
            }
            Path sub = method.getAnnotation(Path.class);
            String template = join(base, sub == null ? "" : sub.value());
            RolesAllowed roles = Optional.ofNullable(method.getAnnotation(RolesAllowed.class))
                    .orElse(type.getAnnotation(RolesAllowed.class));
            boolean isPublic = method.isAnnotationPresent(PermitAll.class) || type.isAnnotationPresent(PermitAll.class);
            Consumes consumes = Optional.ofNullable(method.getAnnotation(Consumes.class))
                    .orElse(type.getAnnotation(Consumes.class));
            endpoints.add(new Endpoint(http.get(), template,
                    roles == null ? Set.of("beheerder", "deelnemer") : new TreeSet<>(Arrays.asList(roles.value())),
                    isPublic, consumes == null ? List.of() : List.of(consumes.value())));
        }
        return endpoints;
    }

    private static String join(String base, String sub) {
        String path = (strip(base) + "/" + strip(sub));
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String strip(String part) {
        String p = part.startsWith("/") ? part.substring(1) : part;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** The distinct path templates with the methods each one has. */
    java.util.Map<String, Set<String>> methodsByTemplate() {
        java.util.Map<String, Set<String>> map = new java.util.TreeMap<>();
        all.forEach(e -> map.computeIfAbsent(e.template(), t -> new TreeSet<>()).add(e.method()));
        return map;
    }
}
