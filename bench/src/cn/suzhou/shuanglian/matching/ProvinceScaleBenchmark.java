package cn.suzhou.shuanglian.matching;

import cn.suzhou.shuanglian.matching.MatchingBenchmark.Demands;
import cn.suzhou.shuanglian.matching.MatchingBenchmark.Group;
import cn.suzhou.shuanglian.matching.MatchingProblem.Candidate;
import cn.suzhou.shuanglian.matching.MatchingProblem.DistrictNeed;
import cn.suzhou.shuanglian.matching.MatchingSolver.Pair;
import cn.suzhou.shuanglian.matching.MatchingSolver.Solution;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Benchmark (not a test) of the project's matching solver ({@link MatchingSolver}, P-02, P-11) at
 * province and national scale — docs/scale.md:
 *
 * <ol>
 *   <li><b>Anhui</b>: the 16 cities with their 104 county-level units (real counts, approximate
 *       centres); each city runs its own round (its own commissioners × its own counties, all pairs),
 *       and one province-wide run over all commissioners × all 104 units with several arc limits
 *       (candidate arcs per commissioner) against all pairs — at the national programme's density
 *       (≈ 107 commissioners per county: 300,000 / 2,800) and at the dual-chain programme's (5 per
 *       county, minimum 4, so the minimums bind);</li>
 *   <li><b>national slices</b>: one single flow over commissioners × counties of the national shape
 *       (107 per county) at growing sizes and arc limits, to see how time and memory grow;</li>
 *   <li><b>national, per city</b>: 300,000 commissioners × 2,800 counties split into 333 cities, each
 *       city's own round with all pairs — time summed and the largest city's peak heap;</li>
 *   <li>optionally ({@code -Dbench.national=K}) the single national flow with K arcs per commissioner.</li>
 * </ol>
 *
 * <p>Time is wall time of {@code MatchingSolver.solve} (scoring every pair, building the graph,
 * the flow). Memory: the highest heap occupancy right after a garbage collection during the run
 * ("live"), and the highest heap use sampled every 5 ms (garbage included) — both measured in this
 * JVM, from a collected heap before the run. Every solution is checked (each commissioner once,
 * each district ≥ its minimum).
 *
 * <p>Run: {@code ./mvnw -q -B -ntp -Pbench compile exec:java
 * -Dbench=cn.suzhou.shuanglian.matching.ProvinceScaleBenchmark}.
 */
public final class ProvinceScaleBenchmark {

  static final int MIN = 4;
  /** The national programme's density: 300,000 commissioners / 2,800 counties. */
  static final int NATIONAL_PER_COUNTY = 107;
  static final int NATIONAL_COMMISSIONERS = 300_000;
  static final int NATIONAL_COUNTIES = 2_800;
  static final int NATIONAL_CITIES = 333;
  static final int NATIONAL_SINGLE_FLOW_ARCS = Integer.getInteger("bench.national", 0);
  static final String SECTIONS = System.getProperty("bench.sections", "anhui,percity,slices");

  private ProvinceScaleBenchmark() {}

  /** A city: name, administrative code, centre, county-level units. */
  record City(String name, String code, double latitude, double longitude, int counties) {}

  /** Anhui's 16 prefecture-level cities and their county-level units (districts, counties, county-level cities): 104. */
  static final City[] ANHUI = {
      new City("合肥", "340100", 31.82, 117.23, 9), new City("芜湖", "340200", 31.33, 118.38, 7),
      new City("蚌埠", "340300", 32.92, 117.39, 7), new City("淮南", "340400", 32.63, 117.00, 7),
      new City("马鞍山", "340500", 31.67, 118.51, 6), new City("淮北", "340600", 33.96, 116.80, 4),
      new City("铜陵", "340700", 30.94, 117.81, 4), new City("安庆", "340800", 30.53, 117.05, 10),
      new City("黄山", "341000", 29.71, 118.34, 7), new City("滁州", "341100", 32.30, 118.32, 8),
      new City("阜阳", "341200", 32.89, 115.81, 8), new City("宿州", "341300", 33.64, 116.98, 5),
      new City("六安", "341500", 31.73, 116.52, 7), new City("亳州", "341600", 33.85, 115.78, 4),
      new City("池州", "341700", 30.66, 117.49, 4), new City("宣城", "341800", 30.94, 118.76, 7),
  };

  /** One city's round: its commissioners and its counties. */
  record CityRound(City city, List<Candidate> candidates, List<DistrictNeed> districts) {}

  /**
   * Commissioners and counties for the given cities at {@code perCounty} commissioners per county:
   * counties within ±0.4° of the city's centre; a commissioner's industry group is, for 4 in 5, one in
   * which the city's counties have demands (the city nominates for its demands), else any; its source unit is in its own city
   * (±0.4°) for half of them, in the province's hub (the first city, ±0.2° — universities and
   * institutes) for a fifth, and anywhere within ±2° of its city for the rest.
   */
  static List<CityRound> rounds(Random random, City[] cities, int perCounty) {
    List<CityRound> rounds = new ArrayList<>();
    long nextId = 1;
    for (City city : cities) {
      List<DistrictNeed> ds = new ArrayList<>();
      for (int j = 0; j < city.counties(); j++) {
        Demands demands = MatchingBenchmark.demands(random);
        ds.add(new DistrictNeed(city.code() + "-" + (j + 1), city.name() + "县区" + (j + 1),
            city.latitude() + (random.nextDouble() - 0.5) * 0.8, city.longitude() + (random.nextDouble() - 0.5) * 0.8,
            demands.byGroup(), demands.texts()));
      }
      List<Group> demanded = Arrays.stream(MatchingBenchmark.GROUPS)
          .filter(g -> ds.stream().anyMatch(d -> d.demandsIn(g.code()) > 0)).toList();
      List<Candidate> cs = new ArrayList<>();
      for (int i = 0; i < city.counties() * perCounty; i++) {
        Group g = random.nextDouble() < 0.8 ? demanded.get(random.nextInt(demanded.size()))
            : MatchingBenchmark.GROUPS[random.nextInt(MatchingBenchmark.GROUPS.length)];
        double where = random.nextDouble();
        City hub = cities[0];
        boolean inCity = where < 0.5;
        double lat;
        double lon;
        if (inCity) {
          lat = city.latitude() + (random.nextDouble() - 0.5) * 0.8;
          lon = city.longitude() + (random.nextDouble() - 0.5) * 0.8;
        } else if (where < 0.7) {
          lat = hub.latitude() + (random.nextDouble() - 0.5) * 0.4;
          lon = hub.longitude() + (random.nextDouble() - 0.5) * 0.4;
        } else {
          lat = city.latitude() + (random.nextDouble() - 0.5) * 4;
          lon = city.longitude() + (random.nextDouble() - 0.5) * 4;
        }
        long id = nextId++;
        cs.add(new Candidate(id, "专员" + id, g.code(), lat, lon, inCity, MatchingBenchmark.expertise(random, g)));
      }
      rounds.add(new CityRound(city, cs, ds));
    }
    return rounds;
  }

  /**
   * {@code count} cities of the national shape: centres spread over eastern and central China
   * (22–42 N, 102–122 E) for 85 %, western China (28–45 N, 78–102 E) for the rest; counties shared
   * out so that they add up to {@code counties} (8 or 9 each at national size). The first 31 act
   * as provincial hubs: each city's hub is city index mod 31.
   */
  static City[] nationalCities(Random random, int count, int counties) {
    City[] cities = new City[count];
    for (int c = 0; c < count; c++) {
      boolean east = random.nextDouble() < 0.85;
      double lat = east ? 22 + random.nextDouble() * 20 : 28 + random.nextDouble() * 17;
      double lon = east ? 102 + random.nextDouble() * 20 : 78 + random.nextDouble() * 24;
      int share = counties / count + (c < counties % count ? 1 : 0);
      cities[c] = new City("市" + (c + 1), String.format("C%03d", c + 1), lat, lon, share);
    }
    return cities;
  }

  /** As {@link #rounds}, but each city's hub is one of 31 provincial capitals (city index mod 31). */
  static List<CityRound> nationalRounds(Random random, City[] cities, int perCounty) {
    List<CityRound> all = new ArrayList<>();
    for (int c = 0; c < cities.length; c++) {
      City[] withHub = {cities[c % 31], cities[c]};
      CityRound r = rounds(random, new City[] {cities[c]}, perCounty).get(0);
      // re-place the hub share around the provincial capital instead of the city itself
      List<Candidate> moved = new ArrayList<>(r.candidates().size());
      long base = all.stream().mapToLong(x -> x.candidates().size()).sum();
      for (Candidate k : r.candidates()) {
        double lat = k.latitude();
        double lon = k.longitude();
        if (!k.inCity() && random.nextDouble() < 0.4) {
          lat = withHub[0].latitude() + (random.nextDouble() - 0.5) * 0.4;
          lon = withHub[0].longitude() + (random.nextDouble() - 0.5) * 0.4;
        }
        long id = base + k.id();
        moved.add(new Candidate(id, "专员" + id, k.industryGroup(), lat, lon, k.inCity(), k.expertise()));
      }
      all.add(new CityRound(cities[c], moved, r.districts()));
    }
    return all;
  }

  // ---------------------------------------------------------------- measuring

  /** Highest heap occupancy right after a collection, since {@link #reset()}. */
  static final AtomicLong AFTER_GC_PEAK = new AtomicLong();
  static final AtomicLong COLLECTIONS = new AtomicLong();
  static final AtomicLong SAMPLED_PEAK = new AtomicLong();
  static volatile boolean sampling;

  static void listenToCollections() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
          GarbageCollectionNotificationInfo info =
              GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
          long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum()
              - nonHeapAfterGc(info);
          AFTER_GC_PEAK.accumulateAndGet(used, Math::max);
          COLLECTIONS.incrementAndGet();
        }
      }, null, null);
    }
    Thread sampler = new Thread(() -> {
      while (true) {
        if (sampling) {
          SAMPLED_PEAK.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        }
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** The after-GC figures include the non-heap pools (metaspace, code cache): subtract them. */
  static long nonHeapAfterGc(GarbageCollectionNotificationInfo info) {
    long nonHeap = 0;
    for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      String name = pool.getKey();
      if (name.contains("Metaspace") || name.contains("Code") || name.contains("Class") || name.contains("nmethods")) {
        nonHeap += pool.getValue().getUsed();
      }
    }
    return nonHeap;
  }

  /** Collects, waits for the notification, and returns the heap in use afterwards (the run's baseline). */
  static long reset() {
    System.gc();
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    long base = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    AFTER_GC_PEAK.set(base);
    SAMPLED_PEAK.set(base);
    COLLECTIONS.set(0);
    return base;
  }

  /**
   * A run's result, wall time, and heap above the baseline: the highest after a collection during the
   * run (-1: no collection happened, the run's objects fitted in the young generation) and the highest
   * sampled (garbage included).
   */
  record Measured(Solution solution, double ms, long liveMb, long sampledMb) {

    String live() {
      return mb(liveMb);
    }
  }

  static String mb(long liveMb) {
    return liveMb < 0 ? "no GC" : String.format(Locale.ROOT, "%,d", liveMb);
  }

  static Measured measure(Supplier<Solution> run) {
    long base = reset();
    sampling = true;
    long start = System.nanoTime();
    Solution s = run.get();
    double ms = (System.nanoTime() - start) / 1e6;
    sampling = false;
    long live = COLLECTIONS.get() == 0 ? -1 : Math.max(0, AFTER_GC_PEAK.get() - base) >> 20;
    return new Measured(s, ms, live, Math.max(0, SAMPLED_PEAK.get() - base) >> 20);
  }

  static Measured solve(MatchingProblem problem, int arcs) {
    Measured m = measure(() -> MatchingSolver.solve(problem, MatchingWeights.DEFAULT, arcs));
    MatchingBenchmark.check(problem, m.solution().pairs(), problem.candidates().size() + " × " + problem.districts().size());
    return m;
  }

  static String arcsText(MatchingProblem problem, int arcs) {
    if (arcs <= 0 || arcs >= problem.districts().size()) {
      return String.format(Locale.ROOT, "all (%,d)", (long) problem.candidates().size() * problem.districts().size());
    }
    return String.format(Locale.ROOT, "%d (%,d)", arcs, MatchingBenchmark.arcs(problem, MatchingWeights.DEFAULT, arcs));
  }

  static double sameGroup(Solution s) {
    return MatchingBenchmark.sameGroupShare(s.pairs());
  }

  static double meanKm(Solution s) {
    return MatchingBenchmark.meanKm(s.pairs());
  }

  /** Share of the districts' places that go to commissioners from another city (province-wide runs). */
  static double otherCity(Solution s) {
    long other = s.pairs().stream()
        .filter(p -> !cityOf(p.district()).equals(cityOfCandidate.get(p.candidate().id()))).count();
    return 100.0 * other / s.pairs().size();
  }

  static final Map<Long, String> cityOfCandidate = new HashMap<>();

  static String cityOf(DistrictNeed d) {
    return d.code().substring(0, d.code().indexOf('-'));
  }

  /** The machine's load (other work shares it): /proc/loadavg's first three figures. */
  static String load() {
    try {
      String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
      return "load average " + f[0] + " " + f[1] + " " + f[2] + " at " + java.time.LocalTime.now().withNano(0) + " UTC";
    } catch (java.io.IOException | RuntimeException e) {
      return "load average unknown";
    }
  }

  static void out(String line) {
    System.out.println(line);
    System.out.flush();
  }

  // ---------------------------------------------------------------- sections

  static void anhui(int perCounty, int[] limits) {
    List<CityRound> rounds = rounds(new Random(340_000L + perCounty), ANHUI, perCounty);
    rounds.forEach(r -> r.candidates().forEach(c -> cityOfCandidate.put(c.id(), r.city().code())));
    int n = rounds.stream().mapToInt(r -> r.candidates().size()).sum();
    out("");
    out(String.format(Locale.ROOT, "### Anhui, %d commissioners per county: %,d commissioners, 104 county-level units, minimum %d",
        perCounty, n, MIN));
    out("");
    out("Per city (each city its own round, all pairs):");
    out("");
    out("| city | commissioners × counties | arcs | ms | heap MB after GC | heap MB sampled | cost | same group | mean km |");
    out("|---|--:|--:|--:|--:|--:|--:|--:|--:|");
    double citiesMs = 0;
    double citiesCost = 0;
    long citiesLive = -1;
    List<Pair> cityPairs = new ArrayList<>();
    for (CityRound r : rounds) {
      MatchingProblem p = new MatchingProblem(r.candidates(), r.districts(), MIN);
      Measured m = solve(p, 0);
      citiesMs += m.ms();
      citiesCost += m.solution().totalCost();
      citiesLive = Math.max(citiesLive, m.liveMb());
      cityPairs.addAll(m.solution().pairs());
      out(String.format(Locale.ROOT, "| %s | %,d × %d | %s | %,.1f | %s | %,d | %,.0f | %.1f %% | %.1f |", r.city().name(),
          p.candidates().size(), p.districts().size(), arcsText(p, 0), m.ms(), m.live(), m.sampledMb(),
          m.solution().totalCost(), sameGroup(m.solution()), meanKm(m.solution())));
    }
    Solution citySum = new Solution(cityPairs, citiesCost);
    out(String.format(Locale.ROOT, "| **16 cities, one after the other** | %,d × 104 | | %,.1f (sum) | %s (max) | | %,.0f | %.1f %% | %.1f |",
        n, citiesMs, mb(citiesLive), citiesCost, sameGroup(citySum), meanKm(citySum)));
    out("");
    out("Province-wide (one round over all commissioners × all 104 units), by arc limit:");
    out("");
    out("| arc limit (arcs) | ms | heap MB after GC | heap MB sampled | cost | excess over all pairs | same group | mean km | placed in another city |");
    out("|---|--:|--:|--:|--:|--:|--:|--:|--:|");
    List<CityRound> all = rounds;
    MatchingProblem province = new MatchingProblem(all.stream().flatMap(r -> r.candidates().stream()).toList(),
        all.stream().flatMap(r -> r.districts().stream()).toList(), MIN);
    Measured full = solve(province, 0);
    List<String> rows = new ArrayList<>();
    for (int k : limits) {
      Measured m = k == 0 ? full : solve(province, k);
      double excess = m.solution().totalCost() - full.solution().totalCost();
      rows.add(String.format(Locale.ROOT, "| %s | %,.1f | %s | %,d | %,.0f | %+,.0f (%+.3f per commissioner) | %.1f %% | %.1f | %.1f %% |",
          arcsText(province, k), m.ms(), m.live(), m.sampledMb(), m.solution().totalCost(), excess, excess / n,
          sameGroup(m.solution()), meanKm(m.solution()), otherCity(m.solution())));
      out(rows.get(rows.size() - 1));
    }
    out("");
    out(String.format(Locale.ROOT, "Per-city rounds against the province-wide optimum: %+,.0f cost units (%+.2f per commissioner); "
        + "the province-wide optimum places %.1f %% of the commissioners in another city's county.",
        citiesCost - full.solution().totalCost(), (citiesCost - full.solution().totalCost()) / n, otherCity(full.solution())));
  }

  static void slices(int[][] sizes) {
    out("");
    out("### National shape, one single flow (107 commissioners per county), by size and arc limit");
    out("");
    out("| commissioners × counties | arc limit (arcs) | ms | heap MB after GC | heap MB sampled | cost | excess over the size's first row | same group | mean km |");
    out("|---|---|--:|--:|--:|--:|--:|--:|--:|");
    for (int[] size : sizes) {
      int counties = size[0];
      int cities = Math.max(1, Math.round(counties / 8.4f));
      City[] cs = nationalCities(new Random(86_000L + counties), cities, counties);
      List<CityRound> rounds = nationalRounds(new Random(86_100L + counties), cs, NATIONAL_PER_COUNTY);
      MatchingProblem p = new MatchingProblem(rounds.stream().flatMap(r -> r.candidates().stream()).toList(),
          rounds.stream().flatMap(r -> r.districts().stream()).toList(), MIN);
      Double reference = null;
      for (int i = 1; i < size.length; i++) {
        int k = size[i];
        Measured m = solve(p, k);
        if (reference == null) {
          reference = m.solution().totalCost();
        }
        double excess = m.solution().totalCost() - reference;
        out(String.format(Locale.ROOT, "| %,d × %,d | %s | %,.1f | %s | %,d | %,.0f | %+,.0f (%+.3f per commissioner) | %.1f %% | %.1f |",
            p.candidates().size(), counties, arcsText(p, k), m.ms(), m.live(), m.sampledMb(), m.solution().totalCost(),
            excess, excess / p.candidates().size(), sameGroup(m.solution()), meanKm(m.solution())));
      }
    }
  }

  static void nationalPerCity() {
    City[] cities = nationalCities(new Random(2_800L), NATIONAL_CITIES, NATIONAL_COUNTIES);
    List<CityRound> rounds = nationalRounds(new Random(2_801L), cities, NATIONAL_PER_COUNTY);
    int n = rounds.stream().mapToInt(r -> r.candidates().size()).sum();
    double ms = 0;
    double slowest = 0;
    long live = -1;
    long sampled = 0;
    double cost = 0;
    List<Pair> pairs = new ArrayList<>();
    for (CityRound r : rounds) {
      MatchingProblem p = new MatchingProblem(r.candidates(), r.districts(), MIN);
      Measured m = solve(p, 0);
      ms += m.ms();
      slowest = Math.max(slowest, m.ms());
      live = Math.max(live, m.liveMb());
      sampled = Math.max(sampled, m.sampledMb());
      cost += m.solution().totalCost();
      pairs.addAll(m.solution().pairs());
    }
    Solution s = new Solution(pairs, cost);
    out("");
    out(String.format(Locale.ROOT, "### National size, per city: %,d commissioners × %,d counties in %d cities (%d–%d counties each), "
        + "each city its own round with all pairs", n, NATIONAL_COUNTIES, NATIONAL_CITIES,
        Arrays.stream(cities).mapToInt(City::counties).min().orElse(0), Arrays.stream(cities).mapToInt(City::counties).max().orElse(0)));
    out("");
    out("| rounds | arcs | total ms (one after the other) | slowest city ms | max heap MB after GC | max heap MB sampled | cost | same group | mean km |");
    out("|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
    long arcs = rounds.stream().mapToLong(r -> (long) r.candidates().size() * r.districts().size()).sum();
    out(String.format(Locale.ROOT, "| %d | all (%,d) | %,.0f | %,.1f | %s | %,d | %,.0f | %.1f %% | %.1f |", rounds.size(), arcs, ms,
        slowest, mb(live), sampled, cost, sameGroup(s), meanKm(s)));
    if (NATIONAL_SINGLE_FLOW_ARCS > 0) {
      MatchingProblem p = new MatchingProblem(rounds.stream().flatMap(r -> r.candidates().stream()).toList(),
          rounds.stream().flatMap(r -> r.districts().stream()).toList(), MIN);
      out("");
      out("Single national flow with " + NATIONAL_SINGLE_FLOW_ARCS + " arcs per commissioner (started " + java.time.Instant.now() + "):");
      Measured m = solve(p, NATIONAL_SINGLE_FLOW_ARCS);
      out(String.format(Locale.ROOT, "| 1 | %d per commissioner | %,.0f | | %s | %,d | %,.0f | %.1f %% | %.1f |", NATIONAL_SINGLE_FLOW_ARCS,
          m.ms(), m.live(), m.sampledMb(), m.solution().totalCost(), sameGroup(m.solution()), meanKm(m.solution())));
    }
  }

  /** Scoring throughput: PairScore.of over every pair of a national-shape slice, as the solver does it. */
  static void scoring() {
    City[] cs = nationalCities(new Random(86_280L), 33, 280);
    List<CityRound> rounds = nationalRounds(new Random(86_281L), cs, NATIONAL_PER_COUNTY);
    List<Candidate> candidates = rounds.stream().flatMap(r -> r.candidates().stream()).toList();
    List<DistrictNeed> districts = rounds.stream().flatMap(r -> r.districts().stream()).toList();
    List<List<Set<String>>> grams = districts.stream().map(PairScore::demandBigrams).toList();
    double sink = 0;
    long start = System.nanoTime();
    for (Candidate c : candidates) {
      Set<String> expertise = PairScore.bigrams(c.expertise());
      for (int j = 0; j < districts.size(); j++) {
        sink += PairScore.of(c, expertise, districts.get(j), grams.get(j), MatchingWeights.DEFAULT).cost();
      }
    }
    double ms = (System.nanoTime() - start) / 1e6;
    long pairs = (long) candidates.size() * districts.size();
    out("");
    out(String.format(Locale.ROOT, "Scoring every pair of a %,d × %,d slice: %,d pairs in %,.0f ms (%,.0f ns a pair; checksum %.0f) — "
        + "300,000 × 2,800 = 840,000,000 pairs would take about %,.0f s of scoring alone.", candidates.size(), districts.size(),
        pairs, ms, ms * 1e6 / pairs, sink / pairs, ms / pairs * 840_000_000L / 1000));
  }

  public static void main(String[] args) {
    listenToCollections();
    Runtime rt = Runtime.getRuntime();
    out(String.format(Locale.ROOT, "JVM: %s %s (%s), %d cores, max heap %,d MB; minimum %d per district; cost = sum of pair "
            + "costs without the offset (lower is better; 1 unit = 1 km); every solution checked.",
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"), System.getProperty("os.arch"),
        rt.availableProcessors(), rt.maxMemory() / (1024 * 1024), MIN));
    // JIT warm-up, not reported
    solve(new MatchingProblem(rounds(new Random(1), ANHUI, 5).stream().flatMap(r -> r.candidates().stream()).toList(),
        rounds(new Random(1), ANHUI, 5).stream().flatMap(r -> r.districts().stream()).toList(), MIN), 0);
    out(load());
    if (SECTIONS.contains("anhui")) {
      anhui(5, new int[] {0, 20, 10, 5, 3, 2});
      out(load());
      anhui(NATIONAL_PER_COUNTY, new int[] {0, 20, 10, 5, 3});
      out(load());
    }
    if (SECTIONS.contains("percity")) {
      nationalPerCity();
      out(load());
    }
    if (SECTIONS.contains("slices")) {
      scoring();
      slices(new int[][] {{28, 0, 10, 5}, {93, 0, 10, 5}, {280, 5, 10}});
      out(load());
    }
  }
}
