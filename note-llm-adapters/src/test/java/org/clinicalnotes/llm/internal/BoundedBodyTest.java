package org.clinicalnotes.llm.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

    static WireMockServer server;

    @BeforeAll
    static void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(get("/big").willReturn(aResponse().withStatus(200).withBody("x".repeat(200_000))));
        server.stubFor(get("/small").willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build();
    }

    @Test
    void a_body_over_the_limit_fails_as_too_large() {
        Throwable t = catchThrowable(() -> HttpClient.newHttpClient().send(request("/big"), BoundedBody.bytes(1024)));
        assertThat(BoundedBody.isTooLarge(t)).as(String.valueOf(t)).isTrue();
    }

    @Test
    void a_body_under_the_limit_arrives_whole() throws Exception {
        assertThat(HttpClient.newHttpClient().send(request("/small"), BoundedBody.utf8(1024)).body()).isEqualTo("ok");
    }
}
