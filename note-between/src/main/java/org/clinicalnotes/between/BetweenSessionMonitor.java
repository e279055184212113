package org.clinicalnotes.between;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.ClinicalNotesException;
import org.clinicalnotes.internal.AuditDispatch;
import org.clinicalnotes.privacy.AuditListener;
import org.clinicalnotes.risk.RiskScreen;

/**
 * Watches journal and mood entries between sessions and raises alerts the clinician acts on.
 *
 * <p>For each entry ({@link #accept(JournalEntry)}): the text is scored for distress and anxiety (a
 * {@link TextScorer}) and read by the {@link RiskScreen} as a monologue; four component signals (0-10,
 * higher is worse: the anxiety rating, anxiety in the words, the distress rating from mood, distress in the
 * words) are each compared with the client's own robust baseline of that component (median and MAD of the
 * earlier 28 days, after a warm-up of 5 values over 7 days), so that days with a rating and days with only
 * words never blur one baseline; then
 * <ul>
 *   <li><b>URGENT</b>: a present, current risk in the text, the same day, with the sentence and the crisis
 *       resources the organisation configured; never an automated reply. Further risk sentences of the same
 *       kind the same day join that alert;</li>
 *   <li><b>HIGH</b>: a spike: a signal at or above max(median + 3 × spread, median + 2, 4.5), with a
 *       suggested coping exercise as a draft the clinician must approve. One alert per episode: later
 *       elevated entries within 72 hours join it;</li>
 *   <li><b>ROUTINE</b>: sustained worsening: the last 7 days' median above an earlier 21-day reference by
 *       max(2 × spread, 1.5) and a Theil-Sen slope of at least 0.7 points a week over 21 days.</li>
 * </ul>
 * An entry that raises an URGENT alert raises no HIGH alert: a risk disclosure is never answered with an
 * exercise. Acknowledgements and suggestion decisions are kept in each alert's audit trail.
 *
 * <p>Thread-safe: entries of different clients run in parallel; entries of one client are serialised on
 * its state. Entries of one client should arrive in time order; a late entry is placed in time order in the
 * baseline. Logs nothing. Built once with {@link #builder()}.
 *
 * @since 0.2.0
 */
public final class BetweenSessionMonitor {

    private final TextScorer scorer;
    private final MonologueRisk risk;
    private final Detector.Settings settings;
    private final AlertRules rules;
    private final List<AuditListener> auditListeners;
    private final ConcurrentHashMap<String, ClientState> states = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Alert> alerts = new ConcurrentHashMap<>();

    private BetweenSessionMonitor(Builder b) {
        this.scorer = b.scorer;
        this.risk = new MonologueRisk(b.screen, b.warningSigns, b.rememberCalm);
        this.auditListeners = List.copyOf(b.auditListeners);
        this.settings = new Detector.Settings(b.baselineDays, Detector.Settings.DEFAULT.warmupPoints(),
                Detector.Settings.DEFAULT.warmupDays(), b.spikeZ, b.minimumRise, b.floor,
                Detector.Settings.DEFAULT.minimumSpread(), Detector.Settings.DEFAULT.trendDays(),
                b.trendSlopePerWeek, Detector.Settings.DEFAULT.trendRise(), b.episodeGapHours);
        this.rules = new AlertRules(alerts, List.copyOf(b.crisis), b.library, Map.copyOf(b.plans), settings);
    }

    /** @return a builder with the defaults: the standard text scorer, the lexical risk screen, the shipped library */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads one entry and returns the alerts it raised or updated.
     *
     * @param entry the entry; not null
     * @return the alerts raised or updated by it; empty when none
     */
    public List<Alert> accept(JournalEntry entry) {
        return assess(entry).alerts();
    }

    /**
     * As {@link #accept(JournalEntry)}, with the entry's signals and the baselines it was compared with.
     *
     * @param entry the entry; not null
     * @return the assessment
     */
    public Assessment assess(JournalEntry entry) {
        Objects.requireNonNull(entry, "entry");
        try {
            EntrySignals sig = signals(entry);
            ClientState st = states.computeIfAbsent(entry.clientId(), ClientState::new);
            Assessment a;
            synchronized (st) {
                a = step(st, entry, sig);
            }
            audit(entry, null);
            return a;
        } catch (ClinicalNotesException e) {
            audit(entry, e.code());
            throw e;
        }
    }

    private void audit(JournalEntry entry, String errorCode) {
        if (!auditListeners.isEmpty()) {
            AuditDispatch.deliver(auditListeners, AuditListener.Event.ofClients(AuditListener.Event.Action.JOURNAL_SCAN,
                    Instant.now(), List.of(entry.clientId()), errorCode));
        }
    }

    /**
     * Reads an entry's signals without touching any client's state.
     *
     * @param entry the entry; not null
     * @return its signals
     */
    public EntrySignals signals(JournalEntry entry) {
        Objects.requireNonNull(entry, "entry");
        TextScore ts = entry.text() == null ? null : scorer.score(entry.text());
        double[] c = components(entry, ts);
        return new EntrySignals(entry.id(), entry.time(), ts, first(c[0], c[1]), first(c[2], c[3]), entry.mood(),
                entry.anxiety(), entry.sleepHours(), entry.phq2Total().orElse(null), entry.gad2Total().orElse(null),
                risk.read(entry.text()));
    }

    /**
     * The four component signals, NaN where absent: anxiety rating (self-rated anxiety, else GAD-2 × 10/6),
     * anxiety in words (text anxiety × 10), distress rating (10 − mood, else PHQ-2 × 10/6), distress in words.
     */
    private static double[] components(JournalEntry e, TextScore ts) {
        double nan = Double.NaN;
        return new double[] {
            e.anxiety() != null ? e.anxiety() : e.gad2Total().map(g -> g * 10 / 6.0).orElse(nan),
            ts == null ? nan : ts.anxiety() * 10,
            e.mood() != null ? 10.0 - e.mood() : e.phq2Total().map(p -> p * 10 / 6.0).orElse(nan),
            ts == null ? nan : ts.distress() * 10};
    }

    private static Double first(double rated, double words) {
        return !Double.isNaN(rated) ? Double.valueOf(rated) : Double.isNaN(words) ? null : Double.valueOf(words);
    }

    private Assessment step(ClientState st, JournalEntry e, EntrySignals sig) {
        long t = e.time().toEpochSecond();
        st.entries++;
        st.lastTime = Math.max(st.lastTime, t);
        List<Alert> out = new ArrayList<>();
        String urgent = rules.risks(st, e, sig, out);

        double[] v = components(e, sig.text());
        Detector.Check[] checks = new Detector.Check[v.length];
        for (int i = 0; i < v.length; i++) {
            if (!Double.isNaN(v[i])) {
                checks[i] = Detector.check(ClientState.SIGNALS[i], st.series[i], t, v[i], settings);
            }
        }
        rules.spikes(st, e, sig, v, checks, urgent, out);
        for (int i = 0; i < v.length; i++) {
            if (!Double.isNaN(v[i])) {
                st.series[i].add(t, v[i]);
            }
        }
        rules.trend(st, e, t, out);
        Detector.Check anxiety = !Double.isNaN(v[0]) ? checks[0] : checks[1];
        Detector.Check distress = !Double.isNaN(v[2]) ? checks[2] : checks[3];
        return new Assessment(sig, anxiety == null ? null : anxiety.baseline(),
                distress == null ? null : distress.baseline(), out);
    }

    /**
     * Records that a clinician acknowledged an alert; the episode stays de-duplicated.
     *
     * @param alertId the alert; not null
     * @param by the clinician's id; not blank
     * @param at when; not null
     * @param note an optional note; may be null
     * @return the acknowledged alert
     * @throws BadInputException CN-3220 when no such alert exists
     */
    public Alert acknowledge(String alertId, String by, ZonedDateTime at, String note) {
        return alerts.compute(Objects.requireNonNull(alertId, "alertId"), (k, a) -> {
            if (a == null) {
                throw unknown();
            }
            return a.acknowledged(by, at, note);
        });
    }

    /**
     * Records a clinician's decision on an alert's suggested exercise: approved, it may be sent; declined, not.
     *
     * @param alertId the alert; not null
     * @param approve whether the clinician approves
     * @param by the clinician's id; not blank
     * @param at when; not null
     * @param note an optional note; may be null
     * @return the updated alert
     * @throws BadInputException CN-3220 when no such alert exists, CN-3221 when it has no suggestion or it was
     *     already decided
     */
    public Alert decideSuggestion(String alertId, boolean approve, String by, ZonedDateTime at, String note) {
        return alerts.compute(Objects.requireNonNull(alertId, "alertId"), (k, a) -> {
            if (a == null) {
                throw unknown();
            }
            if (a.suggestion() == null || a.suggestion().status() != Suggestion.Status.DRAFT) {
                throw new BadInputException("CN-3221", "alert " + alertId, 0,
                        "the alert has no suggestion waiting for a decision", null, null);
            }
            return a.withDecision(approve, by, at, note);
        });
    }

    private static BadInputException unknown() {
        return new BadInputException("CN-3220", "alert", 0, "no alert with this id",
                "Use an id from the monitor's alerts.", null);
    }

    /** @return every alert raised so far, in the latest version, ordered by time raised then id */
    public List<Alert> alerts() {
        List<Alert> all = new ArrayList<>(alerts.values());
        all.sort(Comparator.comparing((Alert a) -> a.raisedAt().toInstant()).thenComparing(Alert::id));
        return all;
    }

    /**
     * @param id an alert id
     * @return the alert's latest version
     */
    public Optional<Alert> alert(String id) {
        return Optional.ofNullable(alerts.get(id));
    }

    /**
     * @param clientId the client
     * @return a copy of the client's state, for a stream processor's keyed state or a checkpoint
     */
    public Optional<ClientState> state(String clientId) {
        ClientState st = states.get(clientId);
        if (st == null) {
            return Optional.empty();
        }
        synchronized (st) {
            return Optional.of(st.copy());
        }
    }

    /**
     * Replaces a client's state with a saved one (for example after moving the client to another worker).
     *
     * @param state the state; not null
     */
    public void restore(ClientState state) {
        Objects.requireNonNull(state, "state");
        ClientState copy = state.copy();
        states.put(copy.clientId(), copy);
    }

    static String id(String client, String kind, String entry) {
        UUID u = UUID.nameUUIDFromBytes((client + "\u0000" + kind + "\u0000" + entry).getBytes(StandardCharsets.UTF_8));
        return "alert-" + u.toString().substring(0, 18);
    }

    /** Configures a monitor. Not thread-safe; {@link #build()} copies what it needs. */
    public static final class Builder {
        private TextScorer scorer = TextScorer.standard();
        // the SDK's default screen: rules + semantic matcher + learned model when note-semantic is on the class path,
        // the lexical rules otherwise (chosen on two blind journal sets: it finds about twice the risk entries)
        private RiskScreen screen = RiskScreen.create();
        private final List<CrisisResource> crisis = new ArrayList<>();
        private CopingLibrary library = CopingLibrary.shipped();
        private final Map<String, ClientPlan> plans = new HashMap<>();
        private int baselineDays = Detector.Settings.DEFAULT.baselineDays();
        private double spikeZ = Detector.Settings.DEFAULT.spikeZ();
        private double minimumRise = Detector.Settings.DEFAULT.minimumRise();
        private double floor = Detector.Settings.DEFAULT.floor();
        private double trendSlopePerWeek = Detector.Settings.DEFAULT.trendSlopePerWeek();
        private long episodeGapHours = Detector.Settings.DEFAULT.episodeGapHours();
        private boolean warningSigns = true;
        private boolean rememberCalm = true;
        private final List<AuditListener> auditListeners = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param listener hears every entry read ({@code JOURNAL_SCAN}, the entry's client; ids and codes only)
         * @return this builder
         * @since 0.3.0
         */
        public Builder addAuditListener(AuditListener listener) {
            auditListeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** @param scorer the text scorer (default: {@link TextScorer#standard()}); not null @return this */
        public Builder textScorer(TextScorer scorer) {
            this.scorer = Objects.requireNonNull(scorer, "scorer");
            return this;
        }

        /**
         * @param screen the risk screen; not null. Default: {@link RiskScreen#create()} (the semantic screen when
         *     note-semantic is on the class path, the lexical rules otherwise). On two blind journal test sets it read
         *     about twice as many risk entries as URGENT as {@link RiskScreen#lexical()} (78 % against 38 % and 73 %
         *     against 37 %), at about three times the false URGENTs; missing a risk entry costs more than reviewing
         *     a false alert. Pass {@link RiskScreen#lexical()} for the rules alone.
         * @return this
         */
        public Builder riskScreen(RiskScreen screen) {
            this.screen = Objects.requireNonNull(screen, "screen");
            return this;
        }

        /** @param resource a crisis resource for URGENT alerts, in the order given; not null @return this */
        public Builder addCrisisResource(CrisisResource resource) {
            crisis.add(Objects.requireNonNull(resource, "resource"));
            return this;
        }

        /**
         * @param on whether to read described warning signs (a plan, a goodbye, the means) as risk when the screen
         *     reads none (default true); off, only the risk screen reads the text
         * @return this
         */
        public Builder warningSigns(boolean on) {
            this.warningSigns = on;
            return this;
        }

        /**
         * @param on whether a text the risk reading found nothing in is remembered (by a digest, never the text) so
         *     that the same text again skips the screen (default true). Exact: the screen and the warning signs
         *     read a text the same way every time, so the alerts are the same; a text in which anything was read
         *     is screened every time. Turn it off for a screen whose matcher is not deterministic.
         * @return this
         * @since 0.3.0
         */
        public Builder rememberCalmTexts(boolean on) {
            this.rememberCalm = on;
            return this;
        }

        /** @param library the coping exercises (default: {@link CopingLibrary#shipped()}); not null @return this */
        public Builder copingLibrary(CopingLibrary library) {
            this.library = Objects.requireNonNull(library, "library");
            return this;
        }

        /**
         * @param clientId the client; not null
         * @param plan what the client's plan says about exercises; not null
         * @return this
         */
        public Builder putClientPlan(String clientId, ClientPlan plan) {
            plans.put(Objects.requireNonNull(clientId, "clientId"), Objects.requireNonNull(plan, "plan"));
            return this;
        }

        /** @param days the baseline window in days, 7 to 42 (default 28) @return this */
        public Builder baselineDays(int days) {
            if (days < 7 || days > 42) {
                throw new IllegalArgumentException("baselineDays must be 7 to 42: " + days);
            }
            this.baselineDays = days;
            return this;
        }

        /**
         * @param z how many robust spreads above the median a spike must reach (default 3)
         * @param minimumRise the smallest rise above the median that counts, in points (default 2)
         * @param floor the smallest value that counts as a spike, in points (default 4.5)
         * @return this
         */
        public Builder spike(double z, double minimumRise, double floor) {
            if (!(z > 0) || !(minimumRise >= 0) || !(floor >= 0 && floor <= 10)) {
                throw new IllegalArgumentException("spike settings out of range");
            }
            this.spikeZ = z;
            this.minimumRise = minimumRise;
            this.floor = floor;
            return this;
        }

        /** @param pointsPerWeek the smallest worsening slope that counts as a trend (default 0.7) @return this */
        public Builder trendSlope(double pointsPerWeek) {
            if (!(pointsPerWeek > 0)) {
                throw new IllegalArgumentException("trend slope must be positive");
            }
            this.trendSlopePerWeek = pointsPerWeek;
            return this;
        }

        /** @param hours how long an episode stays open after its last elevated entry (default 72) @return this */
        public Builder episodeGapHours(long hours) {
            if (hours < 1) {
                throw new IllegalArgumentException("episodeGapHours must be at least 1");
            }
            this.episodeGapHours = hours;
            return this;
        }

        /** @return the monitor */
        public BetweenSessionMonitor build() {
            return new BetweenSessionMonitor(this);
        }
    }
}
