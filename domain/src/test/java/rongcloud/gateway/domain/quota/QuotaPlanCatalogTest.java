package rongcloud.gateway.domain.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Walks the committed catalog ({@code ../shared/rongcloud-api/*.yaml} beside the repository; CI has it) and checks
 * that every catalogued path and operation has a plan entry with the catalog's rules, i.e. that the committed
 * {@code quota-plan.tsv} is neither missing entries nor stale. Skipped, saying so, where the catalog is absent.
 * Another location: {@code -Drongcloud.catalog=DIR}.
 */
class QuotaPlanCatalogTest {
    private static final Pattern PATH = Pattern.compile("^  - path:\\s*(\\S+)");
    private static final Pattern OP = Pattern.compile("^    op:\\s*(\\S+)");
    private static final Pattern RULE = Pattern.compile("^\\s*-\\s*\\{(.*)}\\s*(#.*)?$");
    private static final Pattern POOL = Pattern.compile("^      pool:\\s*(\\S+)");

    /**
     * Where the docs correct the catalog (common.yaml per_item_counting_in_detail_pages): these batch endpoints
     * count once per id; tools/gen-quota-plan.py applies the same list.
     */
    private static final java.util.Set<String> PER_ID_COUNTING = java.util.Set.of("/friend/delete.json",
            "/friend/check.json", "/friend/permission/set.json", "/friend/permission/get.json");

    private record Catalogued(String path, String op, List<String> rules, Optional<String> pool) {
    }

    @Test
    void everyCataloguedEndpointHasItsRulesInThePlan() throws IOException {
        Path dir = catalogDir();
        assumeTrue(Files.isDirectory(dir), "RongCloud catalog not found at " + dir.toAbsolutePath().normalize()
                + " (it sits beside the repository as shared/rongcloud-api; CI has it): catalog check skipped");
        List<Catalogued> catalogued = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("common.yaml")).sorted().toList()) {
                catalogued.addAll(read(f));
            }
        }
        assertThat(catalogued).as("catalog entries").hasSizeGreaterThan(200);

        QuotaPlan plan = QuotaPlan.catalog();
        Map<String, String> problems = new TreeMap<>();
        for (Catalogued c : catalogued) {
            Optional<EndpointQuota> entry = plan.find(c.path(), c.op());
            if (entry.isEmpty()) {
                problems.put(c.path() + " " + c.op(), "no plan entry");
                continue;
            }
            if (!entry.get().pool().equals(c.pool())) {
                problems.put(c.path() + " " + c.op(), "pool " + entry.get().pool() + " in the plan, " + c.pool() + " in the catalog");
            }
            if (c.pool().isEmpty()) {
                List<String> planned = entry.get().rules().stream().map(QuotaRule::spec).toList();
                List<String> expected = PER_ID_COUNTING.contains(c.path())
                        ? c.rules().stream().map(r -> r.replaceFirst("/request", "/user")).toList()
                        : c.rules();
                if (!planned.equals(expected)) {
                    problems.put(c.path() + " " + c.op(), "rules " + planned + " in the plan, " + c.rules() + " in the catalog");
                }
            }
        }
        assertThat(problems).as("catalog entries whose quota the plan lacks or misstates; run tools/gen-quota-plan.py").isEmpty();
        assertThat(plan.entries()).as("plan entries that are not in the catalog any more").hasSameSizeAs(catalogued);
    }

    private static Path catalogDir() {
        String configured = System.getProperty("rongcloud.catalog");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        // Tests run in the module directory (domain/); the catalog sits beside the repository.
        return Path.of("..", "..", "shared", "rongcloud-api");
    }

    private static List<Catalogued> read(Path file) throws IOException {
        List<Catalogued> out = new ArrayList<>();
        String path = null;
        String op = null;
        List<String> rules = new ArrayList<>();
        Optional<String> pool = Optional.empty();
        boolean inQuota = false;
        for (String line : Files.readAllLines(file)) {
            Matcher m = PATH.matcher(line);
            if (m.find()) {
                if (path != null) {
                    out.add(new Catalogued(path, op, rules, pool));
                }
                path = m.group(1);
                op = null;
                rules = new ArrayList<>();
                pool = Optional.empty();
                inQuota = false;
                continue;
            }
            if ((m = OP.matcher(line)).find()) {
                op = m.group(1);
            }
            if (line.startsWith("    quota:")) {
                inQuota = true;
                continue;
            }
            if (inQuota && line.matches("^    \\S.*")) {
                inQuota = false;
            }
            if (!inQuota) {
                continue;
            }
            if ((m = RULE.matcher(line)).find()) {
                rules.add(spec(m.group(1)));
            } else if ((m = POOL.matcher(line)).find()) {
                pool = m.group(1).equals("null") ? Optional.empty() : Optional.of(m.group(1));
            }
        }
        if (path != null) {
            out.add(new Catalogued(path, op, rules, pool));
        }
        return out;
    }

    /** {limit: 3, window: 1d, unit: request, calendar: true} → 3/1d/request/calendar */
    private static String spec(String body) {
        Map<String, String> f = new TreeMap<>();
        for (String part : body.split(",")) {
            String[] kv = part.split(":", 2);
            if (kv.length == 2) {
                f.put(kv[0].trim(), kv[1].trim().replace("\"", ""));
            }
        }
        return f.get("limit") + "/" + f.get("window") + "/" + f.get("unit")
                + ("true".equals(f.get("calendar")) ? "/calendar" : "")
                + (f.containsKey("scope") ? "/scope=" + f.get("scope") : "");
    }
}
