package rongcloud.gateway.domain.quota;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every RongCloud quota the gateway enforces, one entry per catalog entry: the one table (generated from the
 * catalog by {@code tools/gen-quota-plan.py} into {@code quota-plan.tsv} beside this class). Adding an endpoint
 * to the catalog and regenerating adds its quota; no code changes.
 *
 * <p>Immutable. {@link #withOverrides} and {@link #withHeadroom} derive the plan in force from the catalog's.
 */
public final class QuotaPlan {
    public static final String RESOURCE = "quota-plan.tsv";

    private final List<EndpointQuota> entries;
    private final Map<String, List<EndpointQuota>> byPath;
    private final Map<String, List<QuotaRule>> budgets;

    private QuotaPlan(List<EndpointQuota> entries) {
        this.entries = List.copyOf(entries);
        Map<String, List<EndpointQuota>> paths = new LinkedHashMap<>();
        Map<String, List<QuotaRule>> rulesByBudget = new TreeMap<>();
        for (EndpointQuota e : entries) {
            paths.computeIfAbsent(e.path(), p -> new ArrayList<>()).add(e);
            List<QuotaRule> known = rulesByBudget.putIfAbsent(e.budget(), e.budgetRules());
            if (known != null && !known.equals(e.budgetRules())) {
                throw new IllegalArgumentException("budget " + e.budget() + ": entries disagree on its rules ("
                        + specs(known) + " vs " + specs(e.budgetRules()) + " at " + e.op() + ")");
            }
        }
        paths.replaceAll((p, list) -> List.copyOf(list));
        this.byPath = Map.copyOf(paths);
        this.budgets = Map.copyOf(rulesByBudget);
    }

    public static QuotaPlan of(List<EndpointQuota> entries) {
        return new QuotaPlan(entries);
    }

    /** The plan generated from the catalog (the {@value #RESOURCE} resource beside this class). */
    public static QuotaPlan catalog() {
        try (InputStream in = QuotaPlan.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing next to " + QuotaPlan.class.getName());
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the table: tab-separated path, op, area, budget (pool or -), adjustable, ';'-separated rules. */
    public static QuotaPlan parse(String tsv) {
        List<EndpointQuota> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(tsv))) {
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 6) {
                    throw new IllegalArgumentException("quota plan line " + n + ": expected 6 tab-separated columns");
                }
                List<QuotaRule> rules = new ArrayList<>();
                for (String spec : cols[5].split(";")) {
                    rules.add(QuotaRule.parse(spec));
                }
                entries.add(new EndpointQuota(cols[0], cols[1], cols[2],
                        cols[3].equals("-") ? Optional.empty() : Optional.of(cols[3]),
                        Boolean.parseBoolean(cols[4]), rules));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new QuotaPlan(entries);
    }

    public List<EndpointQuota> entries() {
        return entries;
    }

    /** Budget name (pool or path) → its unscoped rules. */
    public Map<String, List<QuotaRule>> budgets() {
        return budgets;
    }

    public boolean hasPath(String path) {
        return byPath.containsKey(path);
    }

    /**
     * The entry of a path and operation. The operation may be omitted (null) for a path all of whose
     * entries spend the same budget with the same rules, which is every path of the catalog today.
     */
    public Optional<EndpointQuota> find(String path, String op) {
        List<EndpointQuota> candidates = byPath.get(path);
        if (candidates == null) {
            return Optional.empty();
        }
        if (op != null) {
            return candidates.stream().filter(e -> e.op().equals(op)).findFirst();
        }
        EndpointQuota first = candidates.get(0);
        for (EndpointQuota e : candidates) {
            if (!e.budget().equals(first.budget()) || !e.rules().equals(first.rules())) {
                throw new IllegalArgumentException(path + " serves operations with different quotas; name the operation");
            }
        }
        return Optional.of(first);
    }

    /**
     * Applies configured limits. Keys are a path (its own budget) or a pool name; a value is a comma-separated
     * list of {@code LIMIT/WINDOW} items, optionally {@code @SCOPE} for a sub-limit, e.g. {@code 400/1s},
     * {@code 5/1h,10/1d} (a pool), {@code 200/1s,40/1s@per-channel}. Each item replaces the limit of the rule
     * with that window (and scope); {@code 1d} names a calendar day where the rule counts one.
     *
     * @throws IllegalArgumentException listing every key or item that matches nothing
     */
    public QuotaPlan withOverrides(Map<String, String> overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        List<String> problems = new ArrayList<>();
        Map<String, List<QuotaRule>> replaced = new LinkedHashMap<>();
        for (Map.Entry<String, String> o : new TreeMap<>(overrides).entrySet()) {
            String key = o.getKey().trim();
            List<EndpointQuota> spending = entries.stream().filter(e -> e.budget().equals(key)).toList();
            if (spending.isEmpty()) {
                Optional<String> pool = entries.stream().filter(e -> e.path().equals(key))
                        .flatMap(e -> e.pool().stream()).findFirst();
                problems.add(pool.map(p -> key + " spends the shared pool " + p + ": override gateway.quota.override." + p)
                        .orElse(key + " is neither a catalogued path nor a pool"));
                continue;
            }
            List<QuotaRule> rules = new ArrayList<>(spending.get(0).rules());
            for (String item : o.getValue().split(",")) {
                try {
                    applyItem(rules, item.trim());
                } catch (IllegalArgumentException e) {
                    problems.add(key + ": " + e.getMessage() + " (rules: " + specs(spending.get(0).rules()) + ")");
                }
            }
            replaced.put(key, rules);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid quota override: " + String.join("; ", problems));
        }
        List<EndpointQuota> result = new ArrayList<>();
        for (EndpointQuota e : entries) {
            List<QuotaRule> rules = replaced.get(e.budget());
            result.add(rules == null ? e : e.withRules(rules));
        }
        return new QuotaPlan(result);
    }

    private static void applyItem(List<QuotaRule> rules, String item) {
        String[] scopeSplit = item.split("@", 2);
        Optional<String> scope = scopeSplit.length == 2 ? Optional.of(scopeSplit[1].trim()) : Optional.empty();
        String[] parts = scopeSplit[0].trim().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("'" + item + "' is not LIMIT/WINDOW[@SCOPE]");
        }
        long limit;
        try {
            limit = Long.parseLong(parts[0].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + item + "': limit is not a number");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("'" + item + "': a limit must be at least 1");
        }
        Window window = Window.parse(parts[1].trim().toLowerCase(Locale.ROOT));
        for (int i = 0; i < rules.size(); i++) {
            QuotaRule r = rules.get(i);
            if (r.window().length().equals(window.length()) && r.scope().equals(scope)) {
                rules.set(i, r.withLimit(limit));
                return;
            }
        }
        throw new IllegalArgumentException("'" + item + "' matches no rule");
    }

    /**
     * Scales every limit by a headroom factor in (0, 1]: 0.9 uses 90% of each limit, rounded down, never
     * below 1.
     */
    public QuotaPlan withHeadroom(double headroom) {
        if (!(headroom > 0 && headroom <= 1)) {
            throw new IllegalArgumentException("quota headroom must be in (0, 1], got " + headroom);
        }
        if (headroom == 1) {
            return this;
        }
        List<EndpointQuota> result = new ArrayList<>();
        for (EndpointQuota e : entries) {
            result.add(e.withRules(e.rules().stream()
                    .map(r -> r.withLimit(Math.max(1, (long) Math.floor(r.limit() * headroom + 1e-9)))).toList()));
        }
        return new QuotaPlan(result);
    }

    private static String specs(Collection<QuotaRule> rules) {
        return String.join(";", rules.stream().map(QuotaRule::spec).toList());
    }
}
