package org.clinicalnotes.between;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.RiskFinding;

/**
 * The alert rules of {@link BetweenSessionMonitor} (URGENT and HIGH risk alerts, HIGH spikes, ROUTINE trends),
 * applied to one client's state under the monitor's lock for that client; the alerts live in the monitor's map.
 */
final class AlertRules {

    private static final long DAY = 86_400L;
    /**
     * Distress in the words alone raises no spike and no trend (it keeps an episode open): on the development
     * texts it is too often negative on ordinary days (a game lost, a sad film) to raise an alert by itself.
     */
    static final int WORDS_DISTRESS = 3;

    private final ConcurrentHashMap<String, Alert> alerts;
    private final List<CrisisResource> crisis;
    private final CopingLibrary library;
    private final Map<String, ClientPlan> plans;
    private final Detector.Settings settings;

    AlertRules(ConcurrentHashMap<String, Alert> alerts, List<CrisisResource> crisis, CopingLibrary library,
               Map<String, ClientPlan> plans, Detector.Settings settings) {
        this.alerts = alerts;
        this.crisis = crisis;
        this.library = library;
        this.plans = plans;
        this.settings = settings;
    }

    /** Raises or updates risk alerts; returns the id of an URGENT alert this entry raised or joined, else null. */
    String risks(ClientState st, JournalEntry e, EntrySignals sig, List<Alert> out) {
        String urgent = null;
        long day = e.time().toLocalDate().toEpochDay();
        for (JournalRisk r : sig.risks()) {
            if (r.status() == RiskFlag.Status.DENIED || r.status() == RiskFlag.Status.HISTORICAL || r.historical()) {
                // a denial, or a past episode told as past ("six months without self-harm"): no alert; the
                // entry's signals still carry the reading
                continue;
            }
            AlertPriority p = r.urgent() ? AlertPriority.URGENT : AlertPriority.HIGH;
            String key = p + ":" + r.kind().name();
            Evidence ev = new Evidence(e.id(), r.sentence(), List.of());
            String open = st.riskAlerts.get(key);
            Long openDay = st.riskDays.get(key);
            Alert existing = open == null ? null : alerts.get(open);
            boolean sameEpisode = existing != null && openDay != null
                    && openDay == day;
            Alert a;
            if (sameEpisode) {
                a = existing.withEntry(e.id(), ev, e.time());
            } else {
                String label = RiskFinding.label(r.kind());
                String why = switch (p) {
                    case URGENT -> "The client wrote about " + label + " on " + e.time().toLocalDate() + " (risk screen: "
                            + r.description() + "). Contact the client today. No automated reply is sent.";
                    case HIGH -> "The client wrote something the risk screen reads as possible " + label
                            + ", unclear (" + r.description() + "). Read the sentence and follow up.";
                    case ROUTINE -> throw new IllegalStateException("no routine risk alert");
                };
                a = new Alert(BetweenSessionMonitor.id(e.clientId(), "risk/" + r.kind(), e.id()), e.clientId(), p, AlertKind.RISK, e.time(),
                        List.of(e.id()), why, List.of(ev), null, r.kind(), null,
                        p == AlertPriority.URGENT ? crisis : List.of(), AlertStatus.OPEN,
                        List.of(new AuditEvent(AuditEvent.Action.RAISED, "system", e.time(), null)));
                st.riskAlerts.put(key, a.id());
                st.riskDays.put(key, day);
            }
            if (a != existing) {
                alerts.put(a.id(), a);
                out.add(a);
            }
            if (p == AlertPriority.URGENT) {
                urgent = a.id();
            }
        }
        return urgent;
    }

    void spikes(ClientState st, JournalEntry e, EntrySignals sig, double[] v, Detector.Check[] checks,
                String urgent, List<Alert> out) {
        long t = e.time().toEpochSecond();
        boolean open = st.spikeAlert != null && t - st.spikeLastElevated <= settings.episodeGapHours() * 3600;
        if (!open) {
            st.spikeAlert = null;
        }
        // the component furthest above its own threshold
        int spike = -1;
        boolean elevated = false;
        boolean any = false;
        for (int i = 0; i < checks.length; i++) {
            Detector.Check c = checks[i];
            if (c == null) {
                continue;
            }
            any = true;
            elevated |= c.elevated();
            if (c.spike() && i != WORDS_DISTRESS && (spike < 0 || v[i] - c.baseline().threshold() > v[spike] - checks[spike].baseline().threshold())) {
                spike = i;
            }
        }
        List<String> words = sig.text() == null ? List.of() : sig.text().evidence();
        if (spike >= 0 || elevated && open) {
            if (open) {
                Alert existing = alerts.get(st.spikeAlert);
                if (existing != null) {
                    Alert a = existing.withEntry(e.id(), new Evidence(e.id(), null, words), e.time());
                    if (a != existing) {
                        alerts.put(a.id(), a);
                        out.add(a);
                    }
                }
                st.spikeLastElevated = t;
                return;
            }
            if (urgent != null) {
                // the URGENT alert covers this entry: no exercise is suggested for a risk disclosure
                st.spikeAlert = urgent;
                st.spikeLastElevated = t;
                return;
            }
            Baseline b = checks[spike].baseline();
            SignalNumbers n = new SignalNumbers(b.signal(), v[spike], b.median(), b.spread(), b.threshold(), b.points(), 0);
            Suggestion s = library.choose(spike < 2 ? "anxiety" : "distress", e.text(),
                    plans.getOrDefault(e.clientId(), ClientPlan.NONE)).orElse(null);
            String why = capital(b.signal()) + " spike: " + n.describe() + "."
                    + (s == null ? "" : " A coping exercise is suggested as a draft for the clinician to approve.");
            Alert a = new Alert(BetweenSessionMonitor.id(e.clientId(), "spike", e.id()), e.clientId(), AlertPriority.HIGH, AlertKind.SPIKE,
                    e.time(), List.of(e.id()), why, List.of(new Evidence(e.id(), null, words)), n, null, s, List.of(),
                    AlertStatus.OPEN, List.of(new AuditEvent(AuditEvent.Action.RAISED, "system", e.time(), null)));
            alerts.put(a.id(), a);
            out.add(a);
            st.spikeAlert = a.id();
            st.spikeLastElevated = t;
        } else if (open && !elevated && any) {
            st.spikeAlert = null;
        }
    }

    void trend(ClientState st, JournalEntry e, long t, List<Alert> out) {
        SignalNumbers n = null;
        for (int i = 0; i < st.series.length; i++) {
            if (i == WORDS_DISTRESS) {
                continue;
            }
            SignalNumbers x = Detector.trend(ClientState.SIGNALS[i], st.series[i], t, settings);
            if (x != null && (n == null || x.value() - x.threshold() > n.value() - n.threshold())) {
                n = x;
            }
        }
        if (st.trendAlert != null) {
            if (n == null && t - st.trendOpened > 14 * DAY) {
                st.trendAlert = null;
            }
            return;
        }
        if (n == null) {
            return;
        }
        Alert alert = new Alert(BetweenSessionMonitor.id(e.clientId(), "trend", e.id()), e.clientId(), AlertPriority.ROUTINE, AlertKind.TREND,
                e.time(), List.of(e.id()), "Sustained worsening: " + n.describe() + ".",
                List.of(new Evidence(e.id(), null, List.of())), n, null, null, List.of(), AlertStatus.OPEN,
                List.of(new AuditEvent(AuditEvent.Action.RAISED, "system", e.time(), null)));
        alerts.put(alert.id(), alert);
        out.add(alert);
        st.trendAlert = alert.id();
        st.trendOpened = t;
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
