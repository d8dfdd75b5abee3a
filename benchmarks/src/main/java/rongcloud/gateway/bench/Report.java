package rongcloud.gateway.bench;

import static rongcloud.gateway.bench.Stats.fmt;
import static rongcloud.gateway.bench.Stats.joined;
import static rongcloud.gateway.bench.Stats.median;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/** Every figure of one run, as Markdown (docs/benchmarks/DATE.md) and CSV (one row per figure, medians + runs). */
final class Report {
    record JmhRow(String name, double medianNs, double error, List<Double> iterations) {
    }

    record PassKey(String op, int callers, String side) {
    }

    record ReadKey(String name, String path, int quotaPerSecond, String mode) {
    }

    record ReadRun(LoadGen.Result result, int upstreamRefused) {
    }

    record QuotaKey(int n, String side) {
    }

    record QuotaRun(double utilization, long upstreamRefused, int maxInAnySecond, Map<String, Long> callerFailures,
                    long callerOk, boolean truncated) {
    }

    Map<String, String> machine = new LinkedHashMap<>();
    final Map<String, String> settings = new LinkedHashMap<>();
    final List<JmhRow> jmh = new ArrayList<>();
    final List<Double> startupMs = new ArrayList<>();
    final List<Double> quarkusStartedMs = new ArrayList<>();
    final List<Double> idleRssMiB = new ArrayList<>();
    final Map<String, Double> loadRssMiB = new LinkedHashMap<>();
    final Map<PassKey, List<LoadGen.Result>> passThrough = new LinkedHashMap<>();
    final Map<ReadKey, List<ReadRun>> reads = new LinkedHashMap<>();
    final Map<String, String> readsPending = new LinkedHashMap<>();
    final Map<QuotaKey, List<QuotaRun>> quota = new LinkedHashMap<>();
    String quotaSkipped;
    private final List<String[]> csv = new ArrayList<>();

    private static <T> List<Double> values(List<T> runs, ToDoubleFunction<T> f) {
        return runs.stream().map(r -> f.applyAsDouble(r)).toList();
    }

    private void csv(String scenario, String kase, String side, Object callers, String metric, String unit, List<Double> runs, int decimals) {
        csv.add(new String[] {scenario, kase, side, String.valueOf(callers), metric, unit, fmt(median(runs), decimals),
                joined(runs, decimals)});
    }

    String csv(String date) {
        StringBuilder sb = new StringBuilder("date,scenario,case,side,callers,metric,unit,median,runs\n");
        for (String[] row : csv) {
            sb.append(date);
            for (String cell : row) {
                sb.append(',').append(cell.contains(",") || cell.contains("\"") ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    String markdown(String date) {
        csv.clear();
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks ").append(date).append("\n\n");
        md.append("Produced by `benchmarks/run.sh` (issue 12); CSV beside this file. Every figure is the **median of ")
                .append(settings.getOrDefault("repetitions per point (medians quoted)", "?"))
                .append(" runs** (the runs are in the CSV). The machine is a shared 2-core VM: other sessions' builds may have run at the")
                .append(" same time (load averages below), so absolute figures are noisy; the side-by-side pairs ran interleaved.\n\n");
        md.append("## Machine\n\n| | |\n|---|---|\n");
        machine.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append("\n## Settings\n\n| | |\n|---|---|\n");
        settings.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v.replace("|", "\\|")).append(" |\n"));

        String targets = targets();
        md.append("\n## Targets (issue 12)\n\n").append(targets);

        // JMH
        md.append("\n## Hot paths (JMH, one thread, 1 fork, 2 × 1 s warm-up, ").append(jmh.isEmpty() ? 0 : jmh.get(0).iterations().size())
                .append(" × 1 s measured)\n\n");
        if (jmh.isEmpty()) {
            md.append("not run (BENCH_JMH=false)\n");
        } else {
            md.append("| benchmark | median ns/op | JMH error (99.9%) | what |\n|---|---:|---:|---|\n");
            Map<String, String> what = Map.of(
                    "signRequest", "SHA-1 hex of App-Secret + Nonce + Timestamp (every upstream call)",
                    "encodePrivateMessage", "SendPrivateMessage body: content JSON, fields, URL-encoded form",
                    "quotaDecisionLocal", "one quota decision, local store (read, decide, compare-and-set), budget never short");
            for (JmhRow r : jmh) {
                md.append("| ").append(r.name()).append(" | ").append(fmt(r.medianNs(), 0)).append(" | ± ").append(fmt(r.error(), 0))
                        .append(" | ").append(what.getOrDefault(r.name(), "")).append(" |\n");
                csv("jmh", r.name(), "gateway", 1, "time", "ns/op", r.iterations(), 1);
            }
        }

        // a
        md.append("\n## a. Pass-through cost: official SDK → emulator vs gRPC → gateway → emulator\n\n");
        md.append("Latencies in µs as the caller sees them; throughput in successful calls/s; \"added p50\" = gateway p50 − direct p50. ")
                .append("Rate limits raised on both sides so they do not bound the figures (settings above).\n\n");
        md.append("| operation | callers | direct p50 | gateway p50 | added p50 | direct p99 | gateway p99 | direct ops/s | gateway ops/s "
                + "| p50 ratio gw/direct | throughput ratio gw/direct | failed calls (direct / gateway) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        Map<String, List<Integer>> ops = new LinkedHashMap<>();
        passThrough.keySet().forEach(k -> ops.computeIfAbsent(k.op(), o -> new ArrayList<>()));
        passThrough.keySet().forEach(k -> {
            if (!ops.get(k.op()).contains(k.callers())) {
                ops.get(k.op()).add(k.callers());
            }
        });
        ops.forEach((op, callersList) -> callersList.forEach(callers -> {
            List<LoadGen.Result> d = passThrough.getOrDefault(new PassKey(op, callers, "direct"), List.of());
            List<LoadGen.Result> g = passThrough.getOrDefault(new PassKey(op, callers, "gateway"), List.of());
            double dp50 = median(values(d, r -> r.p(0.5)));
            double gp50 = median(values(g, r -> r.p(0.5)));
            double dp99 = median(values(d, r -> r.p(0.99)));
            double gp99 = median(values(g, r -> r.p(0.99)));
            double dt = median(values(d, LoadGen.Result::throughput));
            double gt = median(values(g, LoadGen.Result::throughput));
            md.append("| ").append(op).append(" | ").append(callers).append(" | ").append(fmt(dp50, 0)).append(" | ").append(fmt(gp50, 0))
                    .append(" | ").append(fmt(gp50 - dp50, 0)).append(" | ").append(fmt(dp99, 0)).append(" | ").append(fmt(gp99, 0))
                    .append(" | ").append(fmt(dt, 0)).append(" | ").append(fmt(gt, 0)).append(" | ").append(fmt(gp50 / dp50, 2))
                    .append(" | ").append(fmt(gt / dt, 2)).append(" | ").append(failures(d)).append(" / ").append(failures(g)).append(" |\n");
            for (var side : List.of(Map.entry("direct", d), Map.entry("gateway", g))) {
                csv("a-pass-through", op, side.getKey(), callers, "p50", "us", values(side.getValue(), r -> r.p(0.5)), 0);
                csv("a-pass-through", op, side.getKey(), callers, "p99", "us", values(side.getValue(), r -> r.p(0.99)), 0);
                csv("a-pass-through", op, side.getKey(), callers, "throughput", "ops/s", values(side.getValue(), LoadGen.Result::throughput), 1);
                csv("a-pass-through", op, side.getKey(), callers, "failed", "calls", values(side.getValue(), r -> (double) r.failed()), 0);
            }
        }));

        // b
        md.append("\n## b. Cached reads vs uncached (production quotas)\n\n");
        md.append("| read | upstream path (quota) | mode | callers | ops/s | % of the quota | p50 µs | upstream 429/1008 | caller-side failures | note |\n");
        md.append("|---|---|---|---:|---:|---:|---:|---:|---|---|\n");
        Map<String, ReadKey> names = new LinkedHashMap<>();
        reads.keySet().forEach(k -> names.putIfAbsent(k.name(), k));
        names.forEach((name, any) -> {
            for (String mode : List.of("uncached", "cached")) {
                List<ReadRun> runs = reads.get(new ReadKey(name, any.path(), any.quotaPerSecond(), mode));
                if (runs == null) {
                    md.append("| ").append(name).append(" | ").append(any.path()).append(" (").append(any.quotaPerSecond())
                            .append("/s) | ").append(mode).append(" | | | | | | | ").append(readsPending.getOrDefault(name, "not measured"))
                            .append(" |\n");
                    csv.add(new String[] {"b-cached-reads", name, mode, "", "throughput", "ops/s", readsPending.getOrDefault(name, "n/a"), ""});
                    continue;
                }
                List<Double> tput = values(runs, r -> r.result().throughput());
                double t = median(tput);
                md.append("| ").append(name).append(" | ").append(any.path()).append(" (").append(any.quotaPerSecond()).append("/s) | ")
                        .append(mode).append(" | ").append(runs.get(0).result().callers()).append(" | ").append(fmt(t, 1)).append(" | ")
                        .append(fmt(100 * t / any.quotaPerSecond(), 1)).append(" | ").append(fmt(median(values(runs, r -> r.result().p(0.5))), 0))
                        .append(" | ").append(fmt(median(values(runs, r -> (double) r.upstreamRefused())), 0)).append(" | ")
                        .append(failures(runs.stream().map(ReadRun::result).toList())).append(" | |\n");
                csv("b-cached-reads", name, mode, runs.get(0).result().callers(), "throughput", "ops/s", tput, 1);
                csv("b-cached-reads", name, mode, runs.get(0).result().callers(), "upstream-1008", "answers",
                        values(runs, r -> (double) r.upstreamRefused()), 0);
            }
        });
        md.append("\nThe uncached rate is bounded by the quota by design (the gateway spends quota before calling, so it queues callers "
                + "rather than collecting 1008s). The cached side asks the same question of "
                + "`CheckService` (`IsUserBlocked`, `GetCachedUserInfo`: answered from the gateway's cache, a hit on the gRPC event "
                + "loop); its first rep includes the one load and the gateway's JIT warm-up.\n");

        // c
        md.append("\n## c. Quota accuracy: gateways sharing one Infinispan vs uncoordinated SDK clients\n\n");
        if (quotaSkipped != null) {
            md.append(quotaSkipped).append("\n");
        } else {
            md.append("Upstream rate counted at the emulator (accepted answers in the steady window); utilization = that rate / the limit. "
                    + "\"max in any 1 s\" over every accepted request of the run. Ceiling with the default 25 ms safety margin on a 1 s "
                    + "window: 1/1.025 = 97.6%.\n\n");
            md.append("| side | instances / clients | upstream utilization | max accepted in any 1 s | upstream 429/1008 answers "
                    + "| calls answered to callers (per run) | caller-side failures |\n|---|---:|---:|---:|---:|---:|---|\n");
            quota.forEach((k, runs) -> {
                String side = k.side().startsWith("gateway") ? k.side() + " (Infinispan store)" : "official SDK, uncoordinated, each paced at the limit";
                List<Double> util = values(runs, QuotaRun::utilization);
                List<Double> refused = values(runs, r -> (double) r.upstreamRefused());
                List<Double> maxSec = values(runs, r -> (double) r.maxInAnySecond());
                md.append("| ").append(side).append(" | ").append(k.n()).append(" | ").append(fmt(median(util), 1)).append("% | ")
                        .append(fmt(median(maxSec), 0)).append(" | ").append(fmt(median(refused), 0))
                        .append(" (runs: ").append(joined(refused, 0)).append(")").append(" | ")
                        .append(fmt(median(values(runs, r -> (double) r.callerOk())), 0)).append(" | ")
                        .append(sumFailures(runs.stream().map(QuotaRun::callerFailures).toList()))
                        .append(runs.stream().anyMatch(QuotaRun::truncated) ? " (emulator log truncated)" : "").append(" |\n");
                csv("c-quota", k.side(), k.side(), k.n(), "utilization", "%", util, 1);
                csv("c-quota", k.side(), k.side(), k.n(), "max-in-any-1s", "requests", maxSec, 0);
                csv("c-quota", k.side(), k.side(), k.n(), "upstream-429-1008", "answers", refused, 0);
            });
        }

        // d
        md.append("\n## d. Footprint of the packaged gateway (JVM mode)\n\n| measure | median | runs |\n|---|---:|---|\n");
        md.append("| start-up: process start → gRPC port accepts | ").append(fmt(median(startupMs), 0)).append(" ms | ")
                .append(joined(startupMs, 0)).append(" |\n");
        md.append("| start-up as Quarkus logs it (\"started in\") | ").append(fmt(median(quarkusStartedMs), 0)).append(" ms | ")
                .append(joined(quarkusStartedMs, 0)).append(" |\n");
        md.append("| RSS idle (3 s after start) | ").append(fmt(median(idleRssMiB), 0)).append(" MiB | ").append(joined(idleRssMiB, 0)).append(" |\n");
        csv("d-footprint", "start-up to port", "gateway", "", "time", "ms", startupMs, 0);
        csv("d-footprint", "start-up (Quarkus)", "gateway", "", "time", "ms", quarkusStartedMs, 0);
        csv("d-footprint", "RSS idle", "gateway", "", "rss", "MiB", idleRssMiB, 0);
        loadRssMiB.forEach((k, v) -> {
            md.append("| RSS under load, max: ").append(k).append(" | ").append(fmt(v, 0)).append(" MiB | 1 process |\n");
            csv("d-footprint", "RSS max under load: " + k, "gateway", "", "rss", "MiB", List.of(v), 0);
        });
        md.append("\n`targets` CSV rows summarise the judgement above.\n");
        return md.toString();
    }

    /** The issue's four targets, judged on the medians. */
    private String targets() {
        StringBuilder t = new StringBuilder("| target | measured | met? |\n|---|---|---|\n");
        // 1. added latency p50 < 1 ms over direct (judged at 1 caller; other concurrencies in table a)
        List<String> added = new ArrayList<>();
        boolean latencyMet = !passThrough.isEmpty();
        Map<String, Double> byOp = new TreeMap<>();
        for (PassKey k : passThrough.keySet()) {
            if (k.side().equals("gateway")) {
                double g = median(values(passThrough.get(k), r -> r.p(0.5)));
                double d = median(values(passThrough.getOrDefault(new PassKey(k.op(), k.callers(), "direct"), List.of()), r -> r.p(0.5)));
                added.add(k.op() + " @" + k.callers() + ": " + fmt((g - d) / 1000, 2) + " ms");
                if (k.callers() == 1) {
                    byOp.put(k.op(), g - d);
                    latencyMet &= g - d < 1000;
                }
            }
        }
        t.append("| added latency p50 < 1 ms over the direct call (judged at 1 caller) | ").append(String.join("; ", added))
                .append(" | ").append(passThrough.isEmpty() ? "not measured" : latencyMet ? "**met**" : "**not met**").append(" |\n");
        csv.add(new String[] {"targets", "added-latency-p50", "", "1", "met", "bool", Boolean.toString(latencyMet), ""});
        // 2. cached >= 100x uncached
        t.append("| cached reads ≥ 100× the uncached rate | ");
        if (!readsPending.isEmpty() && reads.keySet().stream().noneMatch(k -> k.mode().equals("cached"))) {
            t.append("uncached measured (table b); cached ").append(readsPending.values().iterator().next()).append(" | **pending** |\n");
            csv.add(new String[] {"targets", "cached-100x", "", "", "met", "bool", "pending", ""});
        } else {
            List<String> ratios = new ArrayList<>();
            boolean met = true;
            for (ReadKey k : reads.keySet()) {
                if (k.mode().equals("cached")) {
                    double c = median(values(reads.get(k), r -> r.result().throughput()));
                    double u = median(values(reads.getOrDefault(new ReadKey(k.name(), k.path(), k.quotaPerSecond(), "uncached"), List.of()),
                            r -> r.result().throughput()));
                    ratios.add(k.name() + ": " + fmt(c / u, 0) + "×");
                    met &= c / u >= 100;
                }
            }
            t.append(String.join("; ", ratios)).append(" | ").append(met ? "**met**" : "**not met**").append(" |\n");
            csv.add(new String[] {"targets", "cached-100x", "", "", "met", "bool", Boolean.toString(met), ""});
        }
        // 3. quota utilization >= 95%, zero 429s
        if (quotaSkipped != null || quota.isEmpty()) {
            t.append("| quota utilization ≥ 95% with zero 429s | ").append(quotaSkipped).append(" | not measured |\n");
        } else {
            List<String> parts = new ArrayList<>();
            Map<String, Boolean> metByConfig = new LinkedHashMap<>();
            for (var e : quota.entrySet()) {
                if (e.getKey().side().startsWith("gateway")) {
                    String config = e.getKey().side().replace("gateway, ", "");
                    double u = median(values(e.getValue(), QuotaRun::utilization));
                    long refusedTotal = e.getValue().stream().mapToLong(QuotaRun::upstreamRefused).sum();
                    parts.add(config + ", " + e.getKey().n() + " instance(s): " + fmt(u, 1) + "%, " + refusedTotal + " × 429/1008 in all runs");
                    metByConfig.merge(config, u >= 95 && refusedTotal == 0, Boolean::logicalAnd);
                }
            }
            String verdict;
            var firstConfig = metByConfig.entrySet().iterator().next();
            if (firstConfig.getValue()) {
                verdict = "**met** (" + firstConfig.getKey() + ", the default)";
            } else {
                List<String> others = metByConfig.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
                verdict = "**not met** with " + firstConfig.getKey() + " (the default)"
                        + (others.isEmpty() ? "" : "; **met** with " + String.join(", ", others));
            }
            t.append("| quota utilization ≥ 95% with zero 429s | ").append(String.join("; ", parts)).append(" | ")
                    .append(verdict).append(" |\n");
            metByConfig.forEach((config, met) -> csv.add(new String[] {"targets", "quota-95pct-zero-429", config, "", "met", "bool",
                    Boolean.toString(met), ""}));
        }
        // 4. RSS < 300 MB at load
        double maxLoad = loadRssMiB.values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        boolean rssMet = !Double.isNaN(maxLoad) && maxLoad * 1.048576 < 300;
        t.append("| RSS < 300 MB at load (JVM mode) | max ").append(fmt(maxLoad, 0)).append(" MiB = ").append(fmt(maxLoad * 1.048576, 0))
                .append(" MB over the loaded gateways (table d) | ").append(Double.isNaN(maxLoad) ? "not measured" : rssMet ? "**met**" : "**not met**")
                .append(" |\n");
        csv.add(new String[] {"targets", "rss-300MB", "", "", "met", "bool", Boolean.toString(rssMet), ""});
        return t.toString();
    }

    private static String failures(List<LoadGen.Result> runs) {
        return sumFailures(runs.stream().map(LoadGen.Result::failures).toList());
    }

    private static String sumFailures(List<Map<String, Long>> maps) {
        Map<String, Long> sum = new TreeMap<>();
        maps.forEach(m -> m.forEach((k, v) -> sum.merge(k, v, Long::sum)));
        return sum.isEmpty() ? "0" : sum.toString().replace("{", "").replace("}", "");
    }
}
