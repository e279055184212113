package org.clinicalnotes.between;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.clinicalnotes.BadInputException;

/**
 * Everything the monitor keeps about one client: the recent values of the four component signals (anxiety
 * and distress, each from the client's ratings and from their words; at most 96 points each, seven weeks at
 * most) and the markers of the open episodes (spike, trend, risk per kind and day). It
 * holds no text and no alert, so it stays a few kilobytes; alerts are emitted as they are raised. Serialisable
 * with {@link #toBytes()} and {@link #fromBytes(byte[])}, so a stream processor can keep it as keyed state and
 * a monitor can {@linkplain BetweenSessionMonitor#restore(ClientState) restore} it.
 *
 * <p>A snapshot: the monitor hands out copies, never its live state.
 *
 * @since 0.2.0
 */
public final class ClientState implements Serializable {

    private static final long serialVersionUID = 1L;

    final String clientId;
    /** The component signals' names, in the order of {@link #series}. */
    static final String[] SIGNALS = {"anxiety rating", "anxiety in words", "distress rating", "distress in words"};
    /** Each component signal's recent values: kept apart so that a rated day and a written day never mix. */
    final Series[] series = {new Series(), new Series(), new Series(), new Series()};
    long entries;
    long lastTime = Long.MIN_VALUE;
    /** The open spike episode's alert id, and the time of its last elevated entry. */
    String spikeAlert;
    long spikeLastElevated;
    /** The open trend episode's alert id, and when it was opened. */
    String trendAlert;
    long trendOpened;
    /** Per risk kind: the open risk episode's alert id and its local day (epoch day). */
    final Map<String, String> riskAlerts = new HashMap<>();
    final Map<String, Long> riskDays = new HashMap<>();

    ClientState(String clientId) {
        this.clientId = Objects.requireNonNull(clientId, "clientId");
    }

    /** @return the client's id */
    public String clientId() {
        return clientId;
    }

    /** @return how many entries the monitor has read for this client */
    public long entries() {
        return entries;
    }

    ClientState copy() {
        ClientState c = new ClientState(clientId);
        for (int i = 0; i < series.length; i++) {
            copyInto(series[i], c.series[i]);
        }
        c.entries = entries;
        c.lastTime = lastTime;
        c.spikeAlert = spikeAlert;
        c.spikeLastElevated = spikeLastElevated;
        c.trendAlert = trendAlert;
        c.trendOpened = trendOpened;
        c.riskAlerts.putAll(riskAlerts);
        c.riskDays.putAll(riskDays);
        return c;
    }

    private static void copyInto(Series from, Series to) {
        Series s = from.copy();
        to.times = s.times;
        to.values = s.values;
        to.size = s.size;
    }

    /** @return the state as bytes (Java serialisation of this class only) */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(this);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise client state", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads a state written by {@link #toBytes()}. Only this class, its buffers, strings and maps are
     * accepted: anything else is refused.
     *
     * @param bytes the bytes; not null
     * @return the state
     * @throws BadInputException CN-3230 when the bytes are not a client state
     */
    public static ClientState fromBytes(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter(
                    "maxdepth=8;maxrefs=2000;maxbytes=1000000;org.clinicalnotes.between.ClientState;"
                            + "org.clinicalnotes.between.Series;[Lorg.clinicalnotes.between.Series;java.util.HashMap;java.util.Map$Entry;java.lang.Long;"
                            + "java.lang.Number;java.lang.String;[J;[F;!*"));
            return (ClientState) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new BadInputException("CN-3230", "client state", 0, "not a serialised client state ("
                    + e.getClass().getSimpleName() + ")", "Restore only bytes written by ClientState.toBytes().", null);
        }
    }

    /** Names the state without the client id. */
    @Override
    public String toString() {
        int points = 0;
        for (Series x : series) {
            points += x.size;
        }
        return "ClientState[entries=" + entries + ", points=" + points + "]";
    }
}
