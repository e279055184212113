package org.clinicalnotes.fhir.course;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;

/**
 * A real HAPI FHIR server for tests: HAPI's {@link RestfulServer} in an embedded Jetty on 127.0.0.1 with in-memory
 * resource providers (read, search by patient) and a transaction that assigns ids and resolves {@code urn:uuid:}
 * references, as a server does.
 */
public final class InMemoryFhirServer implements AutoCloseable {

    private final Map<String, Map<String, Resource>> store = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Server jetty;
    private final int port;

    /** Starts the server on a free loopback port. @throws Exception when Jetty cannot start */
    public InMemoryFhirServer() throws Exception {
        FhirContext ctx = FhirContext.forR4();
        RestfulServer servlet = new RestfulServer(ctx);
        servlet.setResourceProviders(new Provider<>(DocumentReference.class), new Provider<>(Observation.class),
                new Provider<>(RiskAssessment.class), new Provider<>(Flag.class));
        servlet.setPlainProviders(new TransactionProvider());
        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        ServletContextHandler handler = new ServletContextHandler();
        handler.addServlet(new ServletHolder(servlet), "/fhir/*");
        jetty.setHandler(handler);
        jetty.start();
        port = connector.getLocalPort();
    }

    /** @return the base URL */
    public String baseUrl() {
        return "http://127.0.0.1:" + port + "/fhir";
    }

    /** @param type a resource type @return what the server holds of it */
    public synchronized List<Resource> all(String type) {
        return new ArrayList<>(store.getOrDefault(type, Map.of()).values());
    }

    @Override
    public void close() throws Exception {
        jetty.stop();
    }

    /** Read and search by patient for one resource type. */
    public final class Provider<T extends Resource> implements IResourceProvider {
        private final Class<T> type;

        Provider(Class<T> type) {
            this.type = type;
        }

        @Override
        public Class<T> getResourceType() {
            return type;
        }

        @Read
        public Resource read(@IdParam IdType id) {
            synchronized (InMemoryFhirServer.this) {
                Resource r = store.getOrDefault(type.getSimpleName(), Map.of()).get(id.getIdPart());
                if (r == null) {
                    throw new ResourceNotFoundException(id);
                }
                return r;
            }
        }

        @Search
        public List<IBaseResource> byPatient(@RequiredParam(name = "patient") ReferenceParam patient) {
            synchronized (InMemoryFhirServer.this) {
                List<IBaseResource> out = new ArrayList<>();
                for (Resource r : store.getOrDefault(type.getSimpleName(), Map.of()).values()) {
                    Reference subject = (Reference) r.getNamedProperty("subject").getValues().stream().findFirst().orElse(null);
                    if (subject != null && ("Patient/" + patient.getIdPart()).equals(subject.getReference())) {
                        out.add(r);
                    }
                }
                return out;
            }
        }
    }

    /** A transaction: POST entries only, ids assigned here, urn:uuid references rewritten. */
    public final class TransactionProvider {
        @Transaction
        public Bundle transaction(@TransactionParam Bundle in) {
            synchronized (InMemoryFhirServer.this) {
                Map<String, String> newIds = new HashMap<>();
                for (Bundle.BundleEntryComponent e : in.getEntry()) {
                    String type = e.getResource().fhirType();
                    newIds.put(e.getFullUrl(), type + "/" + ids.incrementAndGet());
                }
                Bundle out = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
                FhirContext ctx = FhirContext.forR4Cached();
                for (Bundle.BundleEntryComponent e : in.getEntry()) {
                    Resource r = e.getResource().copy();
                    for (Reference ref : ctx.newTerser().getAllPopulatedChildElementsOfType(r, Reference.class)) {
                        if (ref.getReference() != null && newIds.containsKey(ref.getReference())) {
                            ref.setReference(newIds.get(ref.getReference()));
                        }
                    }
                    String id = newIds.get(e.getFullUrl());
                    r.setId(id);
                    store.computeIfAbsent(r.fhirType(), k -> new LinkedHashMap<>()).put(id.substring(id.indexOf('/') + 1), r);
                    out.addEntry().getResponse().setStatus("201 Created").setLocation(id + "/_history/1");
                }
                return out;
            }
        }
    }
}
